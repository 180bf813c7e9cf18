/**
 * The story's steps as typed data, in reading order. A step names its chapter and the chart state it
 * shows; its words live in the copy files (`src/lib/i18n/copy/<lang>.ts`), keyed by the step id.
 * Adding a step is adding an object here and its text in each copy file (the types insist on both).
 */

export const CHAPTERS = ['award', 'sei', 'shares', 'ic', 'xiaodu', 'united-imaging', 'next'] as const;
export type ChapterId = (typeof CHAPTERS)[number];

/** The chart scenes; one LayerCake scene per kind of chart. */
export const SCENES = [
	'firms',
	'sei-value',
	'sei-share',
	'sei-output',
	'gdp-shares',
	'rd-intensity',
	'ic',
	'star',
	'ai',
	'xiaodu',
	'united-imaging',
	'next'
] as const;
export type SceneId = (typeof SCENES)[number];

/** Whether a value (a URL segment, a query) names a chart scene. */
export const isScene = (value: unknown): value is SceneId => (SCENES as readonly unknown[]).includes(value);

/**
 * The states each scene can be in. A scene draws one of these per step; the focus ids pick out the
 * marks the step's text talks about.
 */
export interface SceneViews {
	firms: 'all' | 'two' | 'criteria';
	'sei-value': 'reported' | 'compare';
	'sei-share': 'share';
	'sei-output': 'rise' | 'jump';
	'gdp-shares': 'all' | 'digital';
	'rd-intensity': 'shanghai' | 'china' | 'conflicts';
	ic: 'claim' | 'check';
	star: 'listings';
	ai: 'counts';
	xiaodu: 'start' | 'growth' | 'now';
	'united-imaging': 'founding' | 'fda' | 'revenue' | 'listing' | 'span';
	next: 'batch1' | 'batch2';
}

/** What the sticky chart shows for one step: a scene, its view, and the figures in focus. */
export type ChartState = {
	[S in SceneId]: {
		scene: S;
		view: SceneViews[S];
		/** Ids of the figures or milestones this state picks out, in the order they are labelled. */
		focus: readonly string[];
	};
}[SceneId];

/** The chart state of one scene. */
export type SceneState<S extends SceneId> = Extract<ChartState, { scene: S }>;

export interface StepDef {
	id: string;
	chapter: ChapterId;
	chart: ChartState;
}

export const STEP_DEFS = [
	{
		id: 'award-ceremony',
		chapter: 'award',
		chart: { scene: 'firms', view: 'all', focus: ['hq_batch1_firms'] }
	},
	{
		id: 'award-two-firms',
		chapter: 'award',
		chart: { scene: 'firms', view: 'two', focus: ['hq_batch1_firms'] }
	},
	{
		id: 'award-criteria',
		chapter: 'award',
		chart: {
			scene: 'firms',
			view: 'criteria',
			focus: ['hq_criteria_rd_industrial', 'hq_criteria_rd_services', 'hq_criteria_rd_absolute']
		}
	},
	{
		id: 'sei-2022',
		chapter: 'sei',
		chart: {
			scene: 'sei-value',
			view: 'reported',
			focus: ['sei_va_2022_reported', 'sei_va_2022_reported_usd']
		}
	},
	{
		id: 'sei-2017',
		chapter: 'sei',
		chart: {
			scene: 'sei-value',
			view: 'compare',
			focus: ['sei_va_2017', 'sei_va_2022', 'sei_va_2017_usd', 'sei_va_2022_usd']
		}
	},
	{
		id: 'sei-share',
		chapter: 'sei',
		chart: { scene: 'sei-share', view: 'share', focus: ['sei_va_2017_share', 'sei_va_2022_share'] }
	},
	{
		id: 'sei-output',
		chapter: 'sei',
		chart: { scene: 'sei-output', view: 'rise', focus: ['sei_output_share_2015', 'sei_output_share_2023'] }
	},
	{
		id: 'sei-output-jump',
		chapter: 'sei',
		chart: { scene: 'sei-output', view: 'jump', focus: ['sei_output_share_2018', 'sei_output_share_2020'] }
	},
	{
		id: 'shares-compare',
		chapter: 'shares',
		chart: {
			scene: 'gdp-shares',
			view: 'all',
			focus: ['sei_va_2022_share_reported', 'digital_core_share_reported', 'rd_sh_2022_reported']
		}
	},
	{
		id: 'shares-digital',
		chapter: 'shares',
		chart: { scene: 'gdp-shares', view: 'digital', focus: ['digital_core_share_reported'] }
	},
	{
		id: 'shares-rd',
		chapter: 'shares',
		chart: { scene: 'rd-intensity', view: 'shanghai', focus: ['rd_sh_2012', 'rd_sh_2023'] }
	},
	{
		id: 'shares-rd-china',
		chapter: 'shares',
		chart: { scene: 'rd-intensity', view: 'china', focus: ['rd_sh_2023', 'rd_cn_2023'] }
	},
	{
		id: 'shares-rd-conflict',
		chapter: 'shares',
		chart: {
			scene: 'rd-intensity',
			view: 'conflicts',
			focus: ['rd_sh_2014_a', 'rd_sh_2014_b', 'rd_sh_2022', 'rd_sh_2022_reported']
		}
	},
	{ id: 'ic-claim', chapter: 'ic', chart: { scene: 'ic', view: 'claim', focus: ['ic_share_reported'] } },
	{
		id: 'ic-check',
		chapter: 'ic',
		chart: { scene: 'ic', view: 'check', focus: ['ic_sh_2021', 'ic_cn_2021', 'ic_share_2021_derived'] }
	},
	{
		id: 'ic-star',
		chapter: 'ic',
		chart: { scene: 'star', view: 'listings', focus: ['star_sh_2022_07', 'star_sh_2024_04'] }
	},
	{
		id: 'ic-ai',
		chapter: 'ic',
		chart: { scene: 'ai', view: 'counts', focus: ['ai_key_firms_reported', 'ai_key_firms_2020'] }
	},
	{
		id: 'xiaodu-start',
		chapter: 'xiaodu',
		chart: { scene: 'xiaodu', view: 'start', focus: ['xiaodu_launch', 'xiaodu_first_speaker'] }
	},
	{
		id: 'xiaodu-growth',
		chapter: 'xiaodu',
		chart: {
			scene: 'xiaodu',
			view: 'growth',
			focus: ['xiaodu_sold_2019', 'xiaodu_valuation_2020_11', 'xiaodu_valuation_2021_08']
		}
	},
	{
		id: 'xiaodu-now',
		chapter: 'xiaodu',
		chart: {
			scene: 'xiaodu',
			view: 'now',
			focus: ['xiaodu_households', 'xiaodu_enterprises', 'xiaodu_patents', 'xiaodu_invention_patents']
		}
	},
	{
		id: 'ui-founding',
		chapter: 'united-imaging',
		chart: { scene: 'united-imaging', view: 'founding', focus: ['ui_founded', 'ui_first_product'] }
	},
	{
		id: 'ui-fda',
		chapter: 'united-imaging',
		chart: { scene: 'united-imaging', view: 'fda', focus: ['ui_fda_uexplorer'] }
	},
	{
		id: 'ui-revenue',
		chapter: 'united-imaging',
		chart: { scene: 'united-imaging', view: 'revenue', focus: ['ui_revenue_2019', 'ui_revenue_2023'] }
	},
	{
		id: 'ui-listing',
		chapter: 'united-imaging',
		chart: { scene: 'united-imaging', view: 'listing', focus: ['ui_star_listing', 'ui_ipo_proceeds'] }
	},
	{
		id: 'ui-quote',
		chapter: 'united-imaging',
		chart: { scene: 'united-imaging', view: 'span', focus: ['ui_years_reported'] }
	},
	{
		id: 'next-pledge',
		chapter: 'next',
		chart: { scene: 'next', view: 'batch1', focus: ['hq_batch1_firms'] }
	},
	{
		id: 'next-batch2',
		chapter: 'next',
		chart: {
			scene: 'next',
			view: 'batch2',
			focus: ['hq_batch1_firms', 'hq_batch2_firms', 'hq_batch2_listed']
		}
	}
] as const satisfies readonly StepDef[];

export type StepId = (typeof STEP_DEFS)[number]['id'];
