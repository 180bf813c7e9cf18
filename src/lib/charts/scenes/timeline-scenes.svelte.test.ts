/**
 * The two company timelines, which grow stage by stage as the reader scrolls: Xiaodu (XiaoduScene:
 * the start, then sales, spin-off and valuations, then the company's claims as cards) and United
 * Imaging (UnitedImagingScene: founding, FDA clearance, revenue, listing, then the "12 years" it
 * counts). Events keep their lanes, so labels never jump as the timeline grows.
 */
import { describe, expect, it } from 'vitest';
import type { SceneId, StepId } from '$lib/story/steps';
import {
	drawScene,
	drawn,
	figuresOf,
	figure,
	labelOf,
	legend,
	percent,
	seen,
	seenIds,
	stateOf,
	target,
	withoutMotion,
	words
} from './scene-test-kit';

withoutMotion();

const events = () => seenIds('.event');
const lanes = () =>
	Object.fromEntries(
		[...document.querySelectorAll<HTMLElement>('.event')].map((event) => [
			event.dataset.figure,
			event.dataset.lane
		])
	);

/** Draws the scene at each stage in turn, as a reader scrolling down, and records what is seen. */
async function scrollThrough(scene: SceneId, steps: readonly StepId[], look: () => unknown) {
	const chart = drawScene(stateOf(steps[0]!));
	const seenAt: unknown[] = [look()];
	for (const step of steps.slice(1)) {
		await chart.show(stateOf(step));
		expect(document.querySelector('[data-scene]')).toHaveAttribute('data-scene', scene);
		seenAt.push(look());
	}
	return seenAt;
}

describe('Xiaodu (xiaodu)', () => {
	const timeline = figuresOf('xiaodu', 'xiaodu_timeline', 'xiaodu_sales').map((mark) => mark.id);
	const valuations = figuresOf('xiaodu', 'xiaodu_valuation');
	const cards = figuresOf(
		'xiaodu',
		'xiaodu_households',
		'xiaodu_enterprise_clients',
		'xiaodu_patents',
		'xiaodu_invention_patents'
	);

	it('step 18 starts the timeline with the launch and the first speaker only', () => {
		drawScene(stateOf('xiaodu-start'));
		expect(events().sort()).toEqual(['xiaodu_first_speaker', 'xiaodu_launch']);
		expect(seenIds('.bar')).toEqual([]);
		expect(cards.filter((mark) => seen(drawn(mark.id)))).toEqual([]);
	});

	it('step 19 adds sales, spin-off and funding rounds, and the two valuations as columns', () => {
		drawScene(stateOf('xiaodu-growth'));
		expect(events().sort()).toEqual([...timeline].sort());
		expect(drawn('xiaodu_sold_2019').querySelector('.what')).toHaveTextContent(
			`${words.series.xiaodu_sales}: ${figure('xiaodu', 'xiaodu_sold_2019').label}`
		);
		expect(seenIds('.bar')).toEqual(valuations.map((mark) => mark.id));
		for (const mark of valuations) {
			expect(target(mark.id)).toBe(mark.value);
			expect(drawn(mark.id)).toHaveClass('focus');
		}
		const [first, second] = valuations.map((mark) => percent(drawn(mark.id), 'height'));
		expect(second! / first!).toBeCloseTo((valuations[1]!.value ?? 0) / (valuations[0]!.value ?? 1), 1);
		expect(cards.filter((mark) => seen(drawn(mark.id)))).toEqual([]);
	});

	it('step 20 keeps the whole timeline, puts the valuations away and shows the company’s claims', () => {
		drawScene(stateOf('xiaodu-now'));
		expect(events().sort()).toEqual([...timeline].sort());
		expect(seenIds('.bar')).toEqual([]);
		expect(valuations.map((mark) => target(mark.id))).toEqual([0, 0]);
		for (const mark of cards) {
			const card = drawn(mark.id);
			expect(seen(card), mark.id).toBe(true);
			expect(card).toHaveClass('focus', `status-${mark.status}`);
			expect(card.querySelector('.name')).toHaveTextContent(words.series[mark.series]);
			expect(card.querySelector('.value')).toHaveTextContent(mark.label);
		}
		expect(legend()).toEqual([words.chart.legend.reported]);
	});

	it('grows the timeline without moving a label, and shrinks it again on the way back', async () => {
		const steps = ['xiaodu-start', 'xiaodu-growth', 'xiaodu-now', 'xiaodu-growth', 'xiaodu-start'] as const;
		const seenAt = await scrollThrough('xiaodu', steps, () => ({ events: events().sort(), lanes: lanes() }));
		const [start, growth, now, back, home] = seenAt as Array<{ events: string[]; lanes: object }>;
		expect(start!.events.every((id) => growth!.events.includes(id))).toBe(true);
		expect(now!.events).toEqual(growth!.events);
		expect(back).toEqual(growth);
		expect(home).toEqual(start);
		for (const stage of seenAt) expect((stage as { lanes: object }).lanes).toEqual(start!.lanes);
	});
});

describe('United Imaging (united-imaging)', () => {
	const STEPS = ['ui-founding', 'ui-fda', 'ui-revenue', 'ui-listing', 'ui-quote'] as const;
	/** What each stage adds to the timeline, as the text tells it. */
	const ADDED: Record<(typeof STEPS)[number], string[]> = {
		'ui-founding': ['ui_founded', 'ui_first_product'],
		'ui-fda': ['ui_fda_uexplorer'],
		'ui-revenue': ['ui_first_profit'],
		'ui-listing': ['ui_star_listing', 'ui_ipo_proceeds'],
		'ui-quote': []
	};
	const revenue = figuresOf('united-imaging', 'ui_revenue');
	const years = figure('united-imaging', 'ui_years_reported');

	it('reveals the events stage by stage, each when its step comes, and every one by the end', async () => {
		const seenAt = (await scrollThrough('united-imaging', STEPS, events)) as string[][];
		let expected: string[] = [];
		STEPS.forEach((step, index) => {
			expected = [...expected, ...ADDED[step]];
			expect(seenAt[index]!.sort(), step).toEqual([...expected].sort());
		});
		expect(seenAt.at(-1)!.sort()).toEqual(
			figuresOf('united-imaging', 'united_imaging_timeline', 'ui_ipo_proceeds')
				.map((mark) => mark.id)
				.sort()
		);
	});

	it.each(['ui-founding', 'ui-fda'] as const)('%s holds the revenue back', (step) => {
		drawScene(stateOf(step));
		expect(seenIds('.bar')).toEqual([]);
		expect(seen(document.querySelector('.revenue')!)).toBe(false);
		expect(revenue.map((mark) => target(mark.id))).toEqual(revenue.map(() => 0));
	});

	it('step 23 raises the revenue columns from zero, the years the text names labelled and picked out, others as room allows', () => {
		drawScene(stateOf('ui-revenue'));
		expect(seenIds('.bar')).toEqual(revenue.map((mark) => mark.id));
		const focus: readonly string[] = stateOf('ui-revenue').focus;
		expect(focus.length).toBeGreaterThan(0);
		for (const mark of revenue) {
			expect(target(mark.id)).toBe(mark.value);
			expect([mark.short, ...(focus.includes(mark.id) ? [] : [null])]).toContain(labelOf(mark.id));
			expect(drawn(mark.id).classList.contains('focus')).toBe(focus.includes(mark.id));
		}
		expect(document.querySelector('.revenue .panel-title')).toHaveTextContent(words.series.ui_revenue);
	});

	it('step 24 keeps the revenue but labels none of it, the listing and its proceeds picked out', () => {
		drawScene(stateOf('ui-listing'));
		expect(seenIds('.bar')).toEqual(revenue.map((mark) => mark.id));
		expect(revenue.map((mark) => labelOf(mark.id))).toEqual(revenue.map(() => null));
		const proceeds = figure('united-imaging', 'ui_ipo_proceeds');
		expect(drawn(proceeds.id).querySelector('.what')).toHaveTextContent(
			`${words.series[proceeds.series]}: ${proceeds.label}`
		);
		expect(drawn(proceeds.id)).toHaveClass('focus');
		expect(seen(drawn(years.id))).toBe(false);
	});

	it('step 25 brackets the years the company counts, from its founding, only at the end', async () => {
		const chart = drawScene(stateOf('ui-quote'));
		const bracket = drawn(years.id);
		expect(seen(bracket)).toBe(true);
		expect(bracket).toHaveTextContent(years.label);
		expect(bracket).toHaveClass(`status-${years.status}`);
		// It starts where the founding is marked on the axis.
		const founding = drawn('ui_founded');
		const foundingAt = founding.querySelector<HTMLElement>('.dot');
		expect(percent(bracket, 'left')).toBeCloseTo(percent(foundingAt!, 'left'), 1);
		expect(legend()).toEqual([words.chart.legend.reported]);

		await chart.show(stateOf('ui-listing'));
		expect(seen(drawn(years.id))).toBe(false);
	});
});
