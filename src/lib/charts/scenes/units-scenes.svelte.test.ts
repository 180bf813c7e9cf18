/**
 * The two unit charts, one square per firm: the award (FirmsScene: the first batch, then Xiaodu and
 * United Imaging picked out, then the research thresholds as open-ended bars) and what comes next
 * (NextScene: the second batch beside the first, its listed companies shaded). Counts come from
 * `data/`, never from the test.
 */
import { describe, expect, it } from 'vitest';
import {
	drawScene,
	drawn,
	figure,
	legend,
	labelOf,
	percent,
	seen,
	seenIds,
	stateOf,
	target,
	withoutMotion,
	words
} from './scene-test-kit';

withoutMotion();

const squares = (group: string) => [...drawn(group).querySelectorAll('.unit')];
const picked = (group: string) =>
	squares(group)
		.filter((square) => square.classList.contains('picked'))
		.map((square) => square.textContent?.trim());
const shaded = (group: string) => squares(group).filter((square) => square.classList.contains('shaded'));

const THRESHOLDS = ['hq_criteria_rd_industrial', 'hq_criteria_rd_services'];
const firms = figure('firms', 'hq_batch1_firms');

describe('the award (firms)', () => {
	it('step 1 shows the first batch as one square per firm, none named, no thresholds', () => {
		drawScene(stateOf('award-ceremony'));
		const group = drawn(firms.id);
		expect(group).toHaveAttribute('data-count', String(firms.value));
		expect(squares(firms.id)).toHaveLength(firms.value ?? -1);
		expect(group.querySelector('.title')).toHaveTextContent(words.chart.firms.batch1);
		expect(seen(group)).toBe(true);
		expect(picked(firms.id)).toEqual([]);
		// The thresholds are not drawn at all until their step.
		expect(document.querySelectorAll('.bar, [data-figure="hq_criteria_rd_absolute"]')).toHaveLength(0);
		expect(legend()).toEqual([]);
	});

	it('step 2 picks out two named squares, Xiaodu and United Imaging, among the same firms', async () => {
		const chart = drawScene(stateOf('award-two-firms'));
		expect(squares(firms.id)).toHaveLength(firms.value ?? -1);
		expect(picked(firms.id)).toEqual([words.chart.firms.xiaodu, words.chart.firms.unitedImaging]);
		expect(getComputedStyle(drawn(firms.id)).opacity).toBe('1');
		expect(seenIds('.bar')).toEqual([]);

		// Scrolling back up to step 1 takes the names away again.
		await chart.show(stateOf('award-ceremony'));
		expect(picked(firms.id)).toEqual([]);
	});

	it('step 3 draws the research thresholds as lower bounds from zero, the squares dimmed behind', () => {
		drawScene(stateOf('award-criteria'));
		const bars = THRESHOLDS.map((id) => figure('firms', id));
		expect(seenIds('.bar')).toEqual(THRESHOLDS);
		for (const mark of bars) {
			const bar = drawn(mark.id);
			expect(target(mark.id)).toBe(mark.value);
			expect(bar).toHaveClass('bound', 'focus');
			expect(labelOf(mark.id)).toBe(`${mark.short}%`);
			expect(percent(bar, 'left')).toBe(0);
		}
		// Lengths in proportion to the thresholds.
		const [industrial, services] = bars;
		expect(percent(drawn(services!.id), 'width') / percent(drawn(industrial!.id), 'width')).toBeCloseTo(
			(services!.value ?? 0) / (industrial!.value ?? 1),
			2
		);
		// The axis names each threshold by its series.
		const names = [...document.querySelectorAll('.criteria .axis.bars span.tick')].map(
			(tick) => tick.textContent
		);
		expect(names).toEqual(bars.map((mark) => words.series[mark.series]));

		// The absolute threshold, in million yuan, is a card beside them.
		const absolute = figure('firms', 'hq_criteria_rd_absolute');
		const card = drawn(absolute.id);
		expect(seen(card)).toBe(true);
		expect(card).toHaveClass('focus');
		expect(card.querySelector('.value')).toHaveTextContent(absolute.label);

		// The firms stay, their squares dimmed, their title at full contrast, the two still named and
		// their names at full contrast too (a dimmed name would fail WCAG 1.4.3).
		const group = drawn(firms.id);
		const opacity = (element: Element) => Number(getComputedStyle(element).opacity || 1);
		const squares = [...group.querySelectorAll('.unit:not(.picked)')].map(opacity);
		expect(Math.max(...squares)).toBeGreaterThan(0.02);
		expect(Math.max(...squares)).toBeLessThan(1);
		expect(opacity(group)).toBe(1);
		expect(picked(firms.id)).toHaveLength(2);
		for (const name of group.querySelectorAll('.name')) {
			for (let element: Element | null = name; element && element !== group; element = element.parentElement)
				expect(opacity(element), name.textContent ?? '').toBe(1);
		}
		expect(legend()).toEqual([words.chart.legend.lowerBound]);
	});

	it('takes the thresholds away again when the reader scrolls back to the two firms', async () => {
		const chart = drawScene(stateOf('award-criteria'));
		await chart.show(stateOf('award-two-firms'));
		expect(seenIds('.bar')).toEqual([]);
		expect(document.querySelectorAll('[data-figure="hq_criteria_rd_absolute"]')).toHaveLength(0);
		expect(getComputedStyle(drawn(firms.id)).opacity).toBe('1');
	});
});

describe('what comes next (next)', () => {
	const second = figure('next', 'hq_batch2_firms');
	const listed = figure('next', 'hq_batch2_listed');

	it('step 26 shows the first batch again, alone', () => {
		drawScene(stateOf('next-pledge'));
		expect(seenIds('[data-count]')).toEqual([firms.id]);
		expect(squares(firms.id)).toHaveLength(figure('next', firms.id).value ?? -1);
		expect(seen(drawn(second.id))).toBe(false);
		expect(shaded(firms.id)).toEqual([]);
	});

	it('step 27 adds the second batch beside it, its listed companies shaded first', () => {
		drawScene(stateOf('next-batch2'));
		expect(seenIds('[data-count]')).toEqual([firms.id, second.id]);

		const group = drawn(second.id);
		expect(group).toHaveAttribute('data-count', String(second.value));
		expect(squares(second.id)).toHaveLength(second.value ?? -1);
		expect(group.querySelector('.title')).toHaveTextContent(words.chart.firms.batch2);

		const dark = shaded(second.id);
		expect(dark).toHaveLength(listed.value ?? -1);
		expect(dark.map((square) => Number((square as HTMLElement).dataset.unit))).toEqual(
			Array.from({ length: listed.value ?? 0 }, (_, index) => index)
		);
		expect(drawn(listed.id)).toHaveTextContent(`${words.chart.firms.listed}: ${listed.short}`);
		expect(seen(drawn(listed.id))).toBe(true);

		// The first batch is unchanged: no shading, no names.
		expect(squares(firms.id)).toHaveLength(firms.value ?? -1);
		expect(shaded(firms.id)).toEqual([]);
		expect(picked(firms.id)).toEqual([]);
	});

	it('hides the second batch again when the reader scrolls back', async () => {
		const chart = drawScene(stateOf('next-batch2'));
		await chart.show(stateOf('next-pledge'));
		expect(seen(drawn(second.id))).toBe(false);
		expect(seen(drawn(firms.id))).toBe(true);
	});
});
