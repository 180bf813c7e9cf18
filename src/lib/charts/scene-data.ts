import type { Dataset, Qualifier, Status, Unit } from '$lib/data/schema';
import { periodStart } from '$lib/data/query';
import { formatFigure, formatFigureNumber, formatPeriod } from '$lib/i18n/format';
import type { Copy } from '$lib/i18n/types';
import type { SceneId } from '$lib/story/steps';

/**
 * Which series of `data/` each scene draws, and which series breaks it marks. A scene draws every
 * figure and milestone of its series, so a new row in `data/` reaches the chart and its table alone.
 */
export const SCENE_SERIES = {
	firms: [
		'hq_firms_awarded',
		'hq_criteria_rd_industrial',
		'hq_criteria_rd_services',
		'hq_criteria_rd_absolute',
		'hq_programme_timeline'
	],
	'sei-value': ['sei_added_value', 'sei_added_value_usd', 'yuan_per_usd_article'],
	'sei-share': ['sei_added_value_share'],
	'sei-output': ['sei_output_share'],
	'gdp-shares': ['sei_added_value_share', 'digital_economy_core_share', 'rd_intensity'],
	'rd-intensity': ['rd_intensity', 'rd_intensity_target'],
	ic: ['ic_shanghai', 'ic_china_sales', 'ic_shanghai_share_claim', 'ic_shanghai_share_derived'],
	star: ['star_listings'],
	ai: ['ai_key_firms'],
	xiaodu: [
		'xiaodu_timeline',
		'xiaodu_sales',
		'xiaodu_valuation',
		'xiaodu_households',
		'xiaodu_enterprise_clients',
		'xiaodu_patents',
		'xiaodu_invention_patents'
	],
	'united-imaging': ['united_imaging_timeline', 'ui_revenue', 'ui_ipo_proceeds', 'ui_years_of_rd'],
	next: ['hq_firms_awarded', 'hq_listed_firms_awarded', 'hq_programme_timeline']
} as const satisfies Record<SceneId, readonly string[]>;

/** A series some scene draws; the copy names each one for tables and tooltips. */
export type ChartSeries = (typeof SCENE_SERIES)[SceneId][number];

/**
 * Scenes that keep only some rows of a shared series: the GDP-shares bars compare the article's three
 * figures, not every year of R&D.
 */
const SCENE_ROWS: Partial<Record<SceneId, readonly string[]>> = {
	firms: [
		'hq_batch1_firms',
		'hq_criteria_rd_industrial',
		'hq_criteria_rd_services',
		'hq_criteria_rd_absolute',
		'hq_measures',
		'hq_batch1'
	],
	'sei-share': ['sei_va_2016_share', 'sei_va_2017_share', 'sei_va_2022_share'],
	'gdp-shares': ['sei_va_2022_share_reported', 'digital_core_share_reported', 'rd_sh_2022_reported']
};

/** Scenes that draw one entity of a series that has several. */
const SCENE_ENTITY: Partial<Record<SceneId, string>> = {
	star: 'Shanghai'
};

/** Series breaks each scene marks: shares of GDP change basis with the 2018 census revision. */
const SCENE_BREAKS: Partial<Record<SceneId, readonly string[]>> = {
	'sei-share': ['gdp_census_revision'],
	'rd-intensity': ['gdp_census_revision']
};

/** Amounts are drawn in billions of their currency, so rows stated in other magnitudes share an axis. */
const TO_BILLIONS: Partial<Record<Unit, number>> = {
	trn_yuan: 1000,
	bn_yuan: 1,
	m_yuan: 0.001,
	bn_usd: 1
};

/** One figure or milestone as a chart draws it, its words already in the page's language. */
export interface Mark {
	id: string;
	series: ChartSeries;
	entity: string;
	/** The period as `data/` writes it (`2022`, `2018-Q2`, `2023-12-05`). */
	period: string;
	/** The period as a decimal year, for time axes. */
	t: number;
	/** The period in words. */
	when: string;
	/** The number; `null` for a milestone. */
	value: number | null;
	/** The number in the scene's axis unit (amounts in billions); `null` for a milestone. */
	scaled: number | null;
	unit: Unit | null;
	qualifier: Qualifier;
	status: Status;
	/** The figure with qualifier and unit, or the milestone's event. */
	label: string;
	/** The figure's number with its qualifier and no unit, or the milestone's date. */
	short: string;
	sourceId: string;
	/** For a derived figure, the formula it was computed with. */
	formula?: string;
}

/** A point where a series changes its basis: lines do not join across it. */
export interface BreakMark {
	id: string;
	t: number;
	when: string;
	sourceId: string;
}

/** All one scene draws. */
export interface SceneData {
	scene: SceneId;
	marks: Mark[];
	breaks: BreakMark[];
}

/** `2018-Q2` → 2018.25, `2023-12-05` → about 2023.93: where a period starts, as a decimal year. */
export function decimalYear(period: string): number {
	const [year = '0', month = '01', day = '01'] = periodStart(period).split('-');
	return Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365;
}

/** Builds every scene's marks from the dataset, in time order, formatted for the copy's language. */
export function buildScenes(dataset: Dataset, copy: Copy): Record<SceneId, SceneData> {
	const scenes = {} as Record<SceneId, SceneData>;
	for (const [scene, series] of Object.entries(SCENE_SERIES) as Array<[SceneId, readonly ChartSeries[]]>) {
		const only = SCENE_ROWS[scene];
		const entity = SCENE_ENTITY[scene];
		const keep = (row: { id: string; series: string; entity: string }) =>
			(series as readonly string[]).includes(row.series) &&
			(!only || only.includes(row.id)) &&
			(!entity || row.entity === entity);
		const marks: Mark[] = [
			...dataset.figures.filter(keep).map((figure) => ({
				id: figure.id,
				series: figure.series as ChartSeries,
				entity: figure.entity,
				period: figure.period,
				t: decimalYear(figure.period),
				when: formatPeriod(figure.period, copy),
				value: figure.value,
				scaled: figure.value * (TO_BILLIONS[figure.unit] ?? 1),
				unit: figure.unit,
				qualifier: figure.qualifier,
				status: figure.status,
				label: formatFigure(figure, copy),
				short: formatFigureNumber(figure, copy),
				sourceId: figure.sourceId,
				...(figure.formula ? { formula: figure.formula } : {})
			})),
			...dataset.milestones.filter(keep).map((milestone) => {
				const event = copy.milestones[milestone.id];
				if (event === undefined) {
					throw new Error(`the copy (${copy.lang}) has no words for the milestone "${milestone.id}"`);
				}
				return {
					id: milestone.id,
					series: milestone.series as ChartSeries,
					entity: milestone.entity,
					period: milestone.period,
					t: decimalYear(milestone.period),
					when: formatPeriod(milestone.period, copy),
					value: null,
					scaled: null,
					unit: null,
					qualifier: '' as const,
					status: milestone.status,
					label: event,
					short: formatPeriod(milestone.period, copy),
					sourceId: milestone.sourceId
				};
			})
		].sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
		const breaks = (SCENE_BREAKS[scene] ?? []).map((id) => {
			const found = dataset.breaks.find((candidate) => candidate.id === id);
			if (!found)
				throw new Error(`the scene "${scene}" marks the break "${id}", which data/breaks.csv lacks`);
			return {
				id,
				t: decimalYear(found.period),
				when: formatPeriod(found.period, copy),
				sourceId: found.sourceId
			};
		});
		scenes[scene] = { scene, marks, breaks };
	}
	return scenes;
}
