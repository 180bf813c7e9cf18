/**
 * The chapter on chips, the STAR Market and AI: the article's chip claim as a lower bound, then what
 * the sources allow (IcScene); the STAR Market counts by date (StarScene); the key AI firms, the
 * article's "more than" beside the count traced to 2020 (AiScene). Values come from the data.
 */
import { describe, expect, it } from 'vitest';
import {
	drawScene,
	drawn,
	figure,
	figuresOf,
	hiddenIds,
	labelOf,
	legend,
	seenIds,
	stateOf,
	story,
	target,
	withoutMotion,
	words
} from './scene-test-kit';

withoutMotion();

const sizes = () => [...document.querySelectorAll<HTMLElement>('.panel.sizes .bar')];
const shareNames = () =>
	[...document.querySelectorAll('.panel.shares .axis.columns span.tick')].map((tick) => tick.textContent);
const panelOpacity = () => Number(getComputedStyle(document.querySelector('.panel.sizes')!).opacity);

describe('the chip claim (ic)', () => {
	const claim = figure('ic', 'ic_share_reported');
	const others = figuresOf('ic', 'ic_shanghai_share_claim', 'ic_shanghai_share_derived').filter(
		(mark) => mark.id !== claim.id
	);

	it('step 14 shows only the article’s claim, drawn as a lower bound, with the sizes held back', () => {
		drawScene(stateOf('ic-claim'));
		expect(seenIds('.panel.shares .bar')).toEqual([claim.id]);
		expect(target(claim.id)).toBe(claim.scaled);
		expect(claim.qualifier).toBe('more_than');
		expect(drawn(claim.id)).toHaveClass('bound', 'status-reported', 'focus');
		expect(labelOf(claim.id)).toBe(`${claim.short}%`);
		expect(shareNames()).toEqual([words.chart.ic.article]);
		expect(hiddenIds('.panel.shares .bar').sort()).toEqual(others.map((mark) => mark.id).sort());

		// The panel of industry sizes is only a faint outline: no bar has risen yet.
		expect(panelOpacity()).toBeLessThan(1);
		expect(sizes().map((bar) => Number(bar.dataset.target))).toEqual(sizes().map(() => 0));
		expect(legend()).toEqual([words.chart.legend.lowerBound, words.chart.legend.reported]);
	});

	it('step 15 sets Shanghai’s industry beside national sales, the years both give, and our ratios', () => {
		drawScene(stateOf('ic-check'));
		expect(panelOpacity()).toBe(1);

		// Whole years that both sides give; Shanghai first in each year, China in the second colour.
		const shanghaiYears = new Set(
			figuresOf('ic', 'ic_shanghai')
				.filter((mark) => /^\d{4}$/.test(mark.period))
				.map((mark) => mark.period)
		);
		const expected = figuresOf('ic', 'ic_shanghai', 'ic_china_sales').filter((mark) =>
			shanghaiYears.has(mark.period)
		);
		expect(
			sizes()
				.map((bar) => bar.dataset.figure)
				.sort()
		).toEqual(expected.map((mark) => mark.id).sort());
		for (const mark of expected) {
			const bar = drawn(mark.id);
			expect(target(mark.id)).toBe(mark.scaled);
			expect(bar.classList.contains('secondary'), mark.id).toBe(mark.entity === 'China');
		}
		const years = sizes().map((bar) => figure('ic', bar.dataset.figure ?? '').t);
		expect(years).toEqual([...years].sort((a, b) => a - b));
		expect(sizes()[0]).not.toHaveClass('secondary');

		// The figures the text uses carry their numbers; the rest are unlabelled.
		for (const bar of sizes()) {
			const mark = figure('ic', bar.dataset.figure ?? '');
			const focused = stateOf('ic-check').focus.includes(mark.id);
			expect(labelOf(mark.id), mark.id).toBe(focused ? mark.short : null);
		}

		// Every share now stands: the claim still a lower bound, the ratios marked as ours.
		const shares = [claim, ...others];
		expect(seenIds('.panel.shares .bar').sort()).toEqual(shares.map((mark) => mark.id).sort());
		for (const mark of shares) expect(target(mark.id)).toBe(mark.scaled);
		expect(drawn(claim.id)).toHaveClass('bound');
		const ratios = figuresOf('ic', 'ic_shanghai_share_derived');
		for (const mark of ratios) expect(drawn(mark.id)).toHaveClass('status-derived');
		expect(shareNames()).toEqual([
			words.chart.ic.article,
			...figuresOf('ic', 'ic_shanghai_share_claim')
				.filter((mark) => mark.id !== claim.id)
				.map((mark) => words.chart.ic.claimed.replace('{year}', mark.when)),
			...ratios.map((mark) => words.chart.ic.ratio.replace('{year}', mark.when))
		]);
		expect(legend()).toEqual(
			(['lowerBound', 'reported', 'derived', 'conflicting'] as const).map((key) => words.chart.legend[key])
		);
	});

	it('folds the check away again when the reader scrolls back to the claim', async () => {
		const chart = drawScene(stateOf('ic-check'));
		await chart.show(stateOf('ic-claim'));
		expect(seenIds('.panel.shares .bar')).toEqual([claim.id]);
		expect(sizes().every((bar) => bar.dataset.target === '0')).toBe(true);
	});
});

describe('Shanghai firms on the STAR Market (star)', () => {
	it('step 16 draws one column per count, in date order, each from its own figure', () => {
		drawScene(stateOf('ic-star'));
		const counts = story.chart.scenes.star.marks;
		expect(seenIds('.bar')).toEqual(counts.map((mark) => mark.id));
		for (const mark of counts) {
			expect(target(mark.id)).toBe(mark.scaled);
			expect(labelOf(mark.id)).toBe(mark.short);
		}
		expect([...document.querySelectorAll('.axis.columns span.tick')].map((tick) => tick.textContent)).toEqual(
			counts.map((mark) => mark.period.slice(0, 7).replace('-', '.'))
		);
	});
});

describe('key AI firms (ai)', () => {
	it('step 17 sets the article’s “more than” beside the count traced to 2020', () => {
		drawScene(stateOf('ic-ai'));
		const reported = figure('ai', 'ai_key_firms_reported');
		const traced = figure('ai', 'ai_key_firms_2020');
		expect(seenIds('.bar').sort()).toEqual([reported.id, traced.id].sort());
		expect(drawn(reported.id)).toHaveClass('bound', 'status-reported');
		expect(drawn(traced.id)).not.toHaveClass('bound');
		expect(labelOf(reported.id)).toBe(reported.short);
		expect(labelOf(reported.id)).toContain(String(reported.value?.toLocaleString('en')));
		expect(target(reported.id)).toBe(reported.scaled);
		expect(target(traced.id)).toBe(traced.scaled);
		expect(legend()).toEqual([words.chart.legend.lowerBound, words.chart.legend.reported]);
	});
});
