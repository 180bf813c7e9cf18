import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberWriter } from './plain-number';

/** The writer must write every number exactly as Intl.NumberFormat does, in the story's languages. */
const settings = fc.record({
	locale: fc.constantFrom('en-GB', 'en', 'zh-CN'),
	maxDecimals: fc.integer({ min: 0, max: 3 }),
	grouping: fc.boolean()
});
const intl = (locale: string, maxDecimals: number, grouping: boolean) =>
	new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals, useGrouping: grouping });

describe('numberWriter', () => {
	it('writes any number as Intl.NumberFormat does, for English and Chinese', () => {
		fc.assert(
			fc.property(
				settings,
				fc.double({ min: -1e15, max: 1e15, noNaN: true }),
				({ locale, maxDecimals, grouping }, value) => {
					expect(numberWriter(locale, maxDecimals, grouping)(value)).toBe(
						intl(locale, maxDecimals, grouping).format(value)
					);
				}
			),
			{ numRuns: 5000 }
		);
	});

	it('writes axis-like numbers (whole, halves, tenths, ties) as Intl.NumberFormat does', () => {
		const tick = fc.tuple(
			fc.integer({ min: -2_000_000, max: 2_000_000 }),
			fc.constantFrom(1, 2, 4, 10, 20, 100, 1000)
		);
		fc.assert(
			fc.property(settings, tick, ({ locale, maxDecimals, grouping }, [numerator, denominator]) => {
				const value = numerator / denominator;
				expect(numberWriter(locale, maxDecimals, grouping)(value)).toBe(
					intl(locale, maxDecimals, grouping).format(value)
				);
			}),
			{ numRuns: 5000 }
		);
	});

	it('writes -0, 0.05 and the thousands as Intl does, and other languages through Intl', () => {
		for (const value of [-0, 0, 0.05, -0.04, 999.95, 1000, 12_345.678]) {
			expect(numberWriter('en-GB', 1, true)(value)).toBe(intl('en-GB', 1, true).format(value));
		}
		expect(numberWriter('de-DE', 1, true)(1234.5)).toBe('1.234,5');
	});
});
