/** Formulas of derived figures: arithmetic only; anything else is refused, never run. */
import { describe, expect, it } from 'vitest';
import { decimalsOf, evaluate, formulaOf, referencedIds } from './formula';

const values: Record<string, number> = { a: 250, b: 1050, c: 16.4, d: 1.2 };
const valueOf = (id: string) => {
	const value = values[id];
	if (value === undefined) throw new Error(`unknown ${id}`);
	return value;
};

describe('evaluate', () => {
	it.each([
		['a / b * 100', (250 / 1050) * 100],
		['c - d', 15.2],
		['(a + b) / 2', 650],
		['a + b / 2', 775],
		['-d + c', 15.2],
		['2 * (3 + 4)', 14]
	])('%s', (formula, expected) => {
		expect(evaluate(formula, valueOf)).toBeCloseTo(expected, 10);
	});

	it.each([
		['a +', /ends too early/],
		['(a + b', /not closed/],
		['a b', /unexpected "b"/],
		['process.exit()', /cannot read/],
		['a ** 2', /unexpected "\*"/],
		['', /empty/]
	])('refuses %j', (formula, message) => {
		expect(() => evaluate(formula, valueOf)).toThrow(message);
	});
});

describe('formulaOf and referencedIds', () => {
	it('takes the formula from the start of a note, up to the first semicolon', () => {
		expect(formulaOf('= ic_sh_2020 / ic_cn_2020 * 100; scopes differ')).toBe('ic_sh_2020 / ic_cn_2020 * 100');
		expect(formulaOf('scopes differ')).toBeUndefined();
		expect(referencedIds('ic_sh_2020 / ic_cn_2020 * 100')).toEqual(['ic_sh_2020', 'ic_cn_2020']);
	});

	it('counts the decimals a value was written with', () => {
		expect([decimalsOf('4.47'), decimalsOf('40'), decimalsOf('1064.119')]).toEqual([2, 0, 3]);
	});
});
