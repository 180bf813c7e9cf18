/** Number and date formatting in English: as the source wrote it, with qualifier and unit. */
import { describe, expect, it } from 'vitest';
import type { Figure } from '$lib/data/schema';
import en from './copy/en';
import zh from './copy/zh';
import { formatFigure, formatFigureNumber, formatPeriod } from './format';

const figure = (over: Partial<Figure>): Figure => ({
	id: 'x',
	series: 's',
	entity: 'Shanghai',
	period: '2022',
	value: 1,
	decimals: 0,
	unit: 'bn_yuan',
	qualifier: '',
	status: 'official',
	sourceId: 'src',
	note: '',
	file: 'data/x.csv',
	row: 2,
	...over
});

describe('formatFigure', () => {
	it.each([
		[{ value: 1.06, decimals: 2, unit: 'trn_yuan' }, '1.06 trillion yuan'],
		[{ value: 149.06, decimals: 2, unit: 'bn_usd' }, 'US$149.06 billion'],
		[{ value: 1064.119, decimals: 3, unit: 'bn_yuan' }, '1,064.119 billion yuan'],
		[{ value: 1.0, decimals: 1, unit: 'm_units' }, '1.0 million units'],
		[{ value: 40, unit: 'm_households', qualifier: 'more_than' }, 'more than 40 million households'],
		[{ value: 1000, unit: 'patents', qualifier: 'nearly' }, 'nearly 1,000 patents'],
		[{ value: 23.8, decimals: 1, unit: 'pct_gdp' }, '23.8% of GDP']
	] as const)('%j → %s', (over, expected) => {
		expect(formatFigure(figure(over as Partial<Figure>), en)).toBe(expected);
	});

	it('gives the number alone with its qualifier', () => {
		expect(formatFigureNumber(figure({ value: 700, unit: 'patents', qualifier: 'about' }), en)).toBe(
			'about 700'
		);
	});

	it('gives the number alone in the unit the edition writes it in, as its chart axes count', () => {
		// 1,050 billion yuan is 10500亿元: a label beside an axis of 亿元 must say 10500, not 1050.
		expect(formatFigureNumber(figure({ value: 1050, unit: 'bn_yuan' }), zh)).toBe('10500');
		expect(formatFigureNumber(figure({ value: 2979, unit: 'm_yuan' }), zh)).toBe('29.79');
		expect(formatFigureNumber(figure({ value: 1050, unit: 'bn_yuan' }), en)).toBe('1,050');
	});
});

describe('formatPeriod', () => {
	it.each([
		['2017', '2017'],
		['2022-07', 'July 2022'],
		['2023-12-05', '5 December 2023'],
		['2018-Q3', 'Q3 2018'],
		['2022-H1', 'the first half of 2022']
	])('%s → %s', (period, expected) => {
		expect(formatPeriod(period, en)).toBe(expected);
	});
});

describe('Chinese numbers, units and dates', () => {
	it.each([
		[{ value: 1.06, decimals: 2, unit: 'trn_yuan' }, '1.06万亿元'],
		[{ value: 494.4, decimals: 1, unit: 'bn_yuan' }, '4944亿元'],
		[{ value: 1064.119, decimals: 3, unit: 'bn_yuan' }, '10641.19亿元'],
		[{ value: 149.06, decimals: 2, unit: 'bn_usd' }, '1490.6亿美元'],
		[{ value: 23.8, decimals: 1, unit: 'pct_gdp' }, '23.8%'],
		[{ value: 1149, unit: 'firms' }, '1149家'],
		[{ value: 1100, unit: 'firms', qualifier: 'more_than' }, '超过1100家'],
		[{ value: 40, unit: 'm_households', qualifier: 'more_than' }, '超过4000万户'],
		[{ value: 50, unit: 'm_yuan', qualifier: 'more_than' }, '超过5000万元'],
		[{ value: 11410.4, decimals: 1, unit: 'm_yuan' }, '114.104亿元']
	] as const)('%o is %s: the point moves, no digit is added or lost', (over, expected) => {
		expect(formatFigure(figure(over as Partial<Figure>), zh)).toBe(expected);
	});

	it('writes dates the Chinese way', () => {
		expect(formatPeriod('2023-12-05', zh)).toBe('2023年12月5日');
		expect(formatPeriod('2022-07', zh)).toBe('2022年7月');
		expect(formatPeriod('2018-Q3', zh)).toBe('2018年第3季度');
		expect(formatPeriod('2022-H1', zh)).toBe('2022年上半年');
	});
});
