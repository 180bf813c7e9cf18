/**
 * Property tests for `parseStepParam`: whatever `?step=` holds (any string, hostile or numeric-looking)
 * and whatever the story's length (1–1000 steps), it never throws and gives either nothing or a
 * whole step from 1 to the story's length, the very number the parameter wrote (never another one).
 * Every real step, written as a reader or a link would write it, reads back as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString } from '$lib/testing/hostile-strings';
import { parseStepParam } from './step-param';

/** Runs per property. */
const RUNS = 2000;

/** Strings of every kind, and whole numbers as a link might write them. */
const hostile = hostileString(['\u202e21', '\u00a03\u00a0', '\t4\n'], fc.stringMatching(/^-?\d{1,6}$/));

const total = fc.integer({ min: 1, max: 1000 });

describe(`parseStepParam properties (${RUNS} runs each)`, () => {
	it(`gives nothing or a whole step in 1..total, for any string (${RUNS} runs)`, () => {
		let accepted = 0;
		fc.assert(
			fc.property(hostile, total, (raw, count) => {
				const step = parseStepParam(raw, count);
				if (step === undefined) return;
				accepted += 1;
				expect(Number.isInteger(step)).toBe(true);
				expect(step).toBeGreaterThanOrEqual(1);
				expect(step).toBeLessThanOrEqual(count);
				// The step the parameter wrote, not another: digits only, leading zeros aside.
				expect(raw.trim().replace(/^0+/, '')).toBe(String(step));
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 50);
	});

	it(`ignores null and undefined for any total (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.constantFrom(null, undefined), total, (raw, count) => {
				expect(parseStepParam(raw, count)).toBeUndefined();
			}),
			{ numRuns: RUNS }
		);
	});

	it(`reads every real step back as itself, plain or padded (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(
				total.chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: 1, max: count }))),
				fc.constantFrom('', ' ', '  ', '\t'),
				fc.constantFrom('', '0', '00'),
				([count, step], pad, zeros) => {
					const written = `${pad}${zeros}${step}${pad}`;
					fc.pre(written.trim().length <= 4);
					expect(parseStepParam(written, count)).toBe(step);
				}
			),
			{ numRuns: RUNS }
		);
	});

	it(`ignores every whole number outside 1..total (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(total, fc.integer({ min: -1_000_000, max: 1_000_000 }), (count, step) => {
				fc.pre(step < 1 || step > count);
				expect(parseStepParam(String(step), count)).toBeUndefined();
			}),
			{ numRuns: RUNS }
		);
	});
});
