/**
 * The value of strategic emerging industries (SeiValueScene: the article's 2022 figure, then 2017
 * against 2022, in yuan or, at the reader's choice, in US dollars at the article's implied rate) and
 * the three shares of GDP (GdpSharesScene: separate bars from zero, never stacked). Every expected
 * value is read from the story's data.
 */
import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import {
	drawScene,
	drawn,
	figure,
	labelOf,
	legend,
	percent,
	seen,
	seenIds,
	stateOf,
	story,
	target,
	withoutMotion,
	words
} from './scene-test-kit';

withoutMotion();

const value = (id: string) => figure('sei-value', id);
const axisUnit = () => document.querySelector('.axis.columns .unit')?.textContent;
const rateCard = () => document.querySelector('.rate');
const chooseDollars = () => fireEvent.click(screen.getByRole('radio', { name: words.chart.currency.usd }));
const chooseYuan = () => fireEvent.click(screen.getByRole('radio', { name: words.chart.currency.yuan }));

describe('the value of strategic emerging industries (sei-value)', () => {
	it('step 4 shows the article’s 2022 figure alone, in yuan, with its unit spelled out', () => {
		drawScene(stateOf('sei-2022'));
		const reported = value('sei_va_2022_reported');
		expect(seenIds('.bar')).toEqual([reported.id]);
		expect(target(reported.id)).toBe(reported.scaled);
		// Stated in trillions on an axis of billions: the whole figure with its unit, not a bare number.
		expect(labelOf(reported.id)).toBe(reported.label);
		expect(drawn(reported.id)).toHaveClass('status-reported', 'focus');
		expect(axisUnit()).toBe(story.chart.titles['sei-value'].axis);
		expect(screen.getByRole('radio', { name: words.chart.currency.yuan })).toBeChecked();
		expect(rateCard()).toBeNull();
		expect(legend()).toEqual([words.chart.legend.reported]);
	});

	it('step 5 compares 2017 with 2022 from the city’s statistics, the article’s figure gone', () => {
		drawScene(stateOf('sei-2017'));
		const columns = [value('sei_va_2017'), value('sei_va_2022')];
		expect(seenIds('.bar')).toEqual(columns.map((mark) => mark.id));
		for (const mark of columns) {
			expect(target(mark.id)).toBe(mark.scaled);
			expect(labelOf(mark.id)).toBe(mark.short);
			expect(drawn(mark.id)).toHaveClass('status-official', 'focus');
		}
		expect(target('sei_va_2022_reported')).toBe(0);
		// Columns from zero: the taller one stands for the larger value, in proportion.
		const [early, late] = columns.map((mark) => percent(drawn(mark.id), 'height'));
		expect(late! / early!).toBeCloseTo((columns[1]!.scaled ?? 0) / (columns[0]!.scaled ?? 1), 1);
		expect(legend()).toEqual([]);
	});

	it('switches the article’s figure to US dollars and names the exchange rate it implies', async () => {
		drawScene(stateOf('sei-2022'));
		await chooseDollars();
		const dollars = value('sei_va_2022_reported_usd');
		expect(seenIds('.bar')).toEqual([dollars.id]);
		expect(target(dollars.id)).toBe(dollars.scaled);
		expect(drawn(dollars.id)).toHaveClass('focus');
		expect(target('sei_va_2022_reported')).toBe(0);
		expect(axisUnit()).toBe(words.chart.currency.axisUsd);

		const rate = value('article_yuan_per_usd');
		expect(rateCard()).not.toBeNull();
		expect(seen(drawn(rate.id))).toBe(true);
		expect(drawn(rate.id).querySelector('.value')).toHaveTextContent(rate.label);
		expect(drawn(rate.id).querySelector('.name')).toHaveTextContent(words.series[rate.series]);
		expect(rateCard()).toHaveTextContent(words.chart.currency.rateNote);
	});

	it('shows both years as derived dollar figures, and goes back to yuan when asked', async () => {
		const chart = drawScene(stateOf('sei-2022'));
		await chooseDollars();
		// The choice holds as the reader scrolls on to the comparison.
		await chart.show(stateOf('sei-2017'));
		const columns = [value('sei_va_2017_usd'), value('sei_va_2022_usd')];
		expect(seenIds('.bar')).toEqual(columns.map((mark) => mark.id));
		for (const mark of columns) {
			expect(mark.status).toBe('derived');
			expect(target(mark.id)).toBe(mark.scaled);
			expect(drawn(mark.id)).toHaveClass('status-derived');
		}
		expect(['sei_va_2017', 'sei_va_2022'].map(target)).toEqual([0, 0]);
		expect(legend()).toEqual([words.chart.legend.derived]);
		expect(rateCard()).not.toBeNull();

		await chooseYuan();
		expect(seenIds('.bar')).toEqual(['sei_va_2017', 'sei_va_2022']);
		expect(columns.map((mark) => target(mark.id))).toEqual([0, 0]);
		expect(rateCard()).toBeNull();
		expect(axisUnit()).toBe(story.chart.titles['sei-value'].axis);
	});
});

describe('three shares of GDP (gdp-shares)', () => {
	const bars = story.chart.scenes['gdp-shares'].marks;

	it('step 9 draws the three shares as separate bars, each from zero, never stacked', () => {
		drawScene(stateOf('shares-compare'));
		expect(seenIds('.bar').sort()).toEqual(bars.map((mark) => mark.id).sort());
		const boxes = bars.map((mark) => {
			const bar = drawn(mark.id);
			expect(target(mark.id)).toBe(mark.scaled);
			expect(labelOf(mark.id)).toBe(`${mark.short}%`);
			expect(bar).toHaveClass('focus', `status-${mark.status}`);
			expect(percent(bar, 'left')).toBe(0);
			expect(getComputedStyle(bar).opacity).toBe('1');
			return { mark, top: percent(bar, 'top'), bottom: percent(bar, 'top') + percent(bar, 'height') };
		});
		// One row each: no bar overlaps another.
		const rows = [...boxes].sort((a, b) => a.top - b.top);
		for (let index = 1; index < rows.length; index++) {
			expect(rows[index]!.top).toBeGreaterThanOrEqual(rows[index - 1]!.bottom);
		}
		// Lengths on one axis, in proportion to the shares.
		const widest = bars.reduce((a, b) => ((a.scaled ?? 0) > (b.scaled ?? 0) ? a : b));
		for (const mark of bars) {
			expect(percent(drawn(mark.id), 'width') / percent(drawn(widest.id), 'width')).toBeCloseTo(
				(mark.scaled ?? 0) / (widest.scaled ?? 1),
				2
			);
		}
		// Each bar is named by its measure.
		const names = [...document.querySelectorAll('.axis.bars span.tick')].map((tick) => tick.textContent);
		expect(names).toEqual(bars.map((mark) => words.series[mark.series]));
		expect(legend()).toEqual([words.chart.legend.reported]);
	});

	it('step 10 picks out the digital-economy share and dims the other two, at the same lengths', async () => {
		const chart = drawScene(stateOf('shares-compare'));
		const widths = bars.map((mark) => percent(drawn(mark.id), 'width'));
		await chart.show(stateOf('shares-digital'));
		for (const [index, mark] of bars.entries()) {
			const bar = drawn(mark.id);
			const picked = mark.id === 'digital_core_share_reported';
			expect(bar.classList.contains('focus'), mark.id).toBe(picked);
			// Set back by a paler fill, never by fading: its label keeps full contrast.
			expect(bar.classList.contains('dim'), mark.id).toBe(!picked);
			expect(Number(getComputedStyle(bar).opacity)).toBe(1);
			expect(seen(bar)).toBe(true);
			expect(percent(bar, 'width')).toBe(widths[index]);
			expect(target(mark.id)).toBe(mark.scaled);
		}
	});
});
