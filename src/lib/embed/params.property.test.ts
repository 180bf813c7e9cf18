/**
 * Property tests for the embed's URL parameters: for any string (random units, markup, numbers in
 * every notation, unicode digits, zero-width and bidi characters, padding, up to 10,000 characters),
 * each parser never throws and gives either nothing (or the default) or a value in its documented
 * bounds, the one the parameter wrote; every valid value, written out, reads back as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_WIDTH,
	THEMES,
	parseChildId,
	parseInitialWidth,
	parseMode,
	parseTheme,
	parseWidth
} from './params';
import { hostileString } from '$lib/testing/hostile-strings';

/** Runs per property. */
const RUNS = 2000;

/** Strings of every kind, and the shapes these parameters take (ids, widths, the theme and mode words). */
const hostile = hostileString(
	[
		'story xPYMx height',
		'storyxPYMxheight',
		'light',
		'dark',
		'scroll',
		'light ',
		'Dark',
		'SCROLL',
		'scroll\u0000'
	],
	fc.stringMatching(/^\d{1,6}(\.\d{1,5})?$/),
	fc.stringMatching(/^[\w.:<>"'&-]{1,70}$/),
	fc
		.tuple(
			fc.constantFrom('', ' ', '\u200b', '\u00a0'),
			fc.constantFrom('light', 'dark', 'scroll'),
			fc.boolean()
		)
		.map(([pad, word, before]) => (before ? pad + word : word + pad))
);
const raw = fc.oneof(hostile, fc.constantFrom(null, undefined));

describe(`embed URL parameter properties (${RUNS} runs each)`, () => {
	it(`parseTheme gives nothing or exactly the theme written (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(raw, (value) => {
				const theme = parseTheme(value);
				if (theme !== undefined) expect(THEMES.includes(theme) && theme === value).toBe(true);
				else expect(THEMES).not.toContain(value);
			}),
			{ numRuns: RUNS }
		);
	});

	it(`parseMode is the stepper unless the value is exactly "scroll" (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(raw, (value) => {
				expect(parseMode(value)).toBe(value === 'scroll' ? 'scroll' : 'stepper');
			}),
			{ numRuns: RUNS }
		);
	});

	it(`parseChildId gives nothing or the id itself, safe charset, 1-64 long (${RUNS} runs)`, () => {
		let accepted = 0;
		fc.assert(
			fc.property(raw, (value) => {
				const id = parseChildId(value);
				if (id === undefined) return;
				accepted += 1;
				expect(id).toBe(value);
				expect(id).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
				expect(id).not.toMatch(/[<>"'&\s]/);
				expect(id).not.toContain('xPYMx');
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 100);
	});

	it(`parseChildId reads every valid id back as itself (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/), (id) => {
				fc.pre(!id.includes('xPYMx'));
				expect(parseChildId(id)).toBe(id);
			}),
			{ numRuns: RUNS }
		);
	});

	it(`parseWidth gives nothing or the finite width written, in 1..MAX_WIDTH (${RUNS} runs)`, () => {
		let accepted = 0;
		fc.assert(
			fc.property(raw, (value) => {
				const width = parseWidth(value);
				if (width === undefined) return;
				accepted += 1;
				expect(Number.isFinite(width)).toBe(true);
				expect(width).toBeGreaterThanOrEqual(1);
				expect(width).toBeLessThanOrEqual(MAX_WIDTH);
				expect(value).toMatch(/^[0-9.]+$/);
				expect(Number(value)).toBe(width);
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 100);
	});

	it(`parseInitialWidth gives nothing or a whole width in 1..MAX_WIDTH (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(raw, (value) => {
				const width = parseInitialWidth(value);
				const exact = parseWidth(value);
				expect(width).toBe(exact === undefined ? undefined : Math.round(exact));
				if (width === undefined) return;
				expect(Number.isInteger(width)).toBe(true);
				expect(width).toBeGreaterThanOrEqual(1);
				expect(width).toBeLessThanOrEqual(MAX_WIDTH);
			}),
			{ numRuns: RUNS }
		);
	});

	it(`every width of up to 4 decimals in 1..MAX_WIDTH, printed, reads back (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.integer({ min: 10_000, max: MAX_WIDTH * 10_000 }), (tenThousandths) => {
				const width = tenThousandths / 10_000;
				expect(parseWidth(String(width))).toBe(width);
				expect(parseInitialWidth(String(width))).toBe(Math.round(width));
			}),
			{ numRuns: RUNS }
		);
	});

	it(`widths below 1 or above MAX_WIDTH are refused (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 })),
				(width) => {
					fc.pre(width < 1 || width > MAX_WIDTH);
					expect(parseWidth(String(width))).toBeUndefined();
					expect(parseInitialWidth(String(width))).toBeUndefined();
				}
			),
			{ numRuns: RUNS }
		);
	});
});
