/** Typed series for the charts: one series of the real data, in time order, and loud failures on typos. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { figureById, periodStart, seriesOf, sourceById } from './query';

const dataset = loadDataset();

describe('seriesOf', () => {
	it('gives Shanghai’s R&D intensity in time order, conflicting years included', () => {
		const periods = seriesOf(dataset, 'rd_intensity', 'Shanghai').map((figure) => figure.period);
		expect(periods).toEqual([...periods].sort());
		expect(periods.filter((period) => period === '2014')).toHaveLength(2);
		expect(seriesOf(dataset, 'rd_intensity', 'China').every((figure) => figure.entity === 'China')).toBe(
			true
		);
	});

	it('orders quarters, halves and dates by their first day', () => {
		expect(
			['2019-Q2', '2019', '2019-H2', '2019-03', '2018-Q4'].sort((a, b) =>
				periodStart(a).localeCompare(periodStart(b))
			)
		).toEqual(['2018-Q4', '2019', '2019-03', '2019-Q2', '2019-H2']);
	});
});

describe('figureById and sourceById', () => {
	it('find a figure and its source', () => {
		const figure = figureById(dataset, 'sei_va_2022_share');
		expect(figure.value).toBe(23.8);
		expect(sourceById(dataset, figure.sourceId).url).toMatch(/^https?:\/\//);
	});

	it('throw on an id that does not exist', () => {
		expect(() => figureById(dataset, 'sei_va_2099')).toThrow(/no figure has the id "sei_va_2099"/);
		expect(() => sourceById(dataset, 'nowhere')).toThrow(/no source/);
	});
});
