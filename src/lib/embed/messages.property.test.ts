/**
 * Property tests for the embed/host messages: for any value a window may post (any JSON or
 * structured-clone value, hostile strings, objects with `__proto__` or `constructor` keys, huge or
 * non-finite numbers, near-miss pym and AMP messages), the parsers never throw, and what they accept
 * is in bounds: a height is a whole number in 1..MAX_HEIGHT, a viewport is finite, sized within
 * 1..MAX_WIDTH and ordered, a pym message is exactly what the builder would write. Everything the
 * module's own builders write reads back as the same content.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_HEIGHT,
	ampSizeMessage,
	parseHeight,
	parseHeightMessage,
	parsePymMessage,
	parseViewportPosition,
	pymMessage,
	viewportPosition
} from './messages';
import { MAX_WIDTH } from './params';

/** Runs per property. */
const RUNS = 2000;

const MARKUP = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '__proto__', 'constructor'];
const NUMERIC = [
	'-1',
	'-0',
	'0',
	'1e308',
	'NaN',
	'Infinity',
	'0x10',
	'١٢٣',
	'\u200b640',
	'\u202e046',
	' 640 '
];
const HOSTILE = [...MARKUP, ...NUMERIC, '9'.repeat(400), 'xPYMx', '1xPYMx2', 'heightxPYMx'];
const hostileString = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.constantFrom(...HOSTILE),
	fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String),
	fc.stringMatching(/^-?\d{1,9}(\.\d{1,22})?$/),
	fc.tuple(fc.constantFrom(...HOSTILE), fc.nat(10_000)).map(([piece, n]) => piece.repeat(n).slice(0, 10_000))
);
const hostileNumber = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.integer({ min: -10, max: MAX_HEIGHT + 10 }),
	fc.constantFrom(0, -0, 0.5, MAX_HEIGHT, MAX_HEIGHT + 1, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2)
);
const id = fc.oneof(
	fc.constantFrom('story', 'story-embed-0', 'a', 'axPYM'),
	fc.stringMatching(/^[\w.:-]{1,64}$/)
);
const type = fc.oneof(fc.constantFrom('height', 'width', 'viewport-iframe-position'), fc.string());

/** Structured-clone values of every kind, not only JSON. */
const EVERY_KIND = {
	...{ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true },
	...{ withObjectString: true, withDate: true, withTypedArray: true, withSparseArray: true }
};
/** Any value a window may post to a frame with id `to`: random values, and near misses of both protocols. */
const messageFor = (to: string) =>
	fc.oneof(
		fc.anything(EVERY_KIND),
		fc.jsonValue(),
		fc.object({
			key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'sentinel', 'type', 'height')
		}),
		hostileString,
		{
			arbitrary: fc.record(
				{
					sentinel: fc.oneof(fc.constant('amp'), fc.anything()),
					type: fc.oneof(fc.constant('embed-size'), fc.anything()),
					height: fc.oneof(hostileNumber, hostileString, fc.anything())
				},
				{ requiredKeys: [] }
			),
			weight: 3
		},
		{
			arbitrary: fc
				.tuple(fc.oneof(fc.constant(to), id), type, fc.oneof(hostileNumber.map(String), hostileString))
				.map(([recipient, kind, value]) => pymMessage(recipient, kind, value)),
			weight: 3
		},
		hostileNumber.map((height) =>
			JSON.parse(
				`{"__proto__":{"height":1},"sentinel":"amp","type":"embed-size","height":${JSON.stringify(height)}}`
			)
		)
	);
const addressed = id.chain((to) => fc.tuple(fc.constant(to), messageFor(to)));
const posted = addressed.map(([, data]) => data);

const isHeight = (height: number) => Number.isInteger(height) && height >= 1 && height <= MAX_HEIGHT;

describe(`embed message properties (${RUNS} runs each)`, () => {
	it(`parseHeight gives nothing or a whole height in 1..MAX_HEIGHT, for anything (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.oneof(posted, hostileNumber), (value) => {
				const height = parseHeight(value);
				if (height !== undefined) expect(isHeight(height)).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it(`parseHeightMessage gives nothing or a whole height in 1..MAX_HEIGHT (${RUNS} runs)`, () => {
		let accepted = 0;
		fc.assert(
			fc.property(addressed, ([to, data]) => {
				const height = parseHeightMessage(data, to);
				if (height === undefined) return;
				accepted += 1;
				expect(isHeight(height)).toBe(true);
				// Only a pym `height` message for this id, or AMP's `embed-size`.
				if (typeof data === 'string') expect(parsePymMessage(data, to)?.type).toBe('height');
				else expect(data).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 100);
	});

	it(`parsePymMessage accepts only what pymMessage writes, for any data and id (${RUNS} runs)`, () => {
		let accepted = 0;
		fc.assert(
			fc.property(addressed, fc.option(fc.string(), { freq: 2 }), ([own, data], stranger) => {
				const to = stranger ?? own;
				const message = parsePymMessage(data, to);
				if (message === undefined) return;
				accepted += 1;
				expect(message.type).toMatch(/^[a-z][a-zA-Z-]{0,39}$/);
				expect(message.value).not.toContain('xPYMx');
				expect(pymMessage(to, message.type, message.value)).toBe(data);
				expect((data as string).length).toBeLessThanOrEqual(256);
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 100);
	});

	it(`parseViewportPosition gives nothing or a finite, sized, ordered box (${RUNS} runs)`, () => {
		let accepted = 0;
		const part = fc.oneof(
			{ arbitrary: fc.integer({ min: -100, max: 12_000 }).map(String), weight: 4 },
			{ arbitrary: fc.stringMatching(/^-?\d{1,9}(\.\d{1,22})?$/), weight: 1 },
			{ arbitrary: hostileNumber.map(String), weight: 1 }
		);
		const six = fc
			.oneof({ arbitrary: fc.constant(6), weight: 4 }, fc.constantFrom(5, 7))
			.chain((count) => fc.array(part, { minLength: count, maxLength: count }))
			.chain((parts) => fc.constantFrom(' ', '  ', '\t', '\n').map((gap) => ` ${parts.join(gap)} `));
		fc.assert(
			fc.property(fc.oneof(hostileString, six), (value) => {
				const viewport = parseViewportPosition(value);
				if (viewport === undefined) return;
				accepted += 1;
				const { width, height, top, bottom } = viewport;
				expect([width, height].every((size) => size >= 1 && size <= MAX_WIDTH)).toBe(true);
				expect([top, bottom].every((edge) => Number.isFinite(edge) && Math.abs(edge) <= 1e7)).toBe(true);
				expect(top).toBeLessThanOrEqual(bottom);
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 100);
	});

	it(`every height the builders write reads back, in both protocols, for its own id only (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: MAX_HEIGHT }), id, id, (height, to, other) => {
				fc.pre(!to.includes('xPYMx') && !other.includes('xPYMx'));
				expect(parseHeight(height)).toBe(height);
				expect(parseHeight(String(height))).toBe(height);
				expect(parseHeightMessage(ampSizeMessage(height), to)).toBe(height);
				expect(parseHeightMessage(pymMessage(to, 'height', height), to)).toBe(height);
				const stranger = parseHeightMessage(pymMessage(other, 'height', height), to);
				expect(stranger).toBe(other === to ? height : undefined);
			}),
			{ numRuns: RUNS }
		);
	});

	it(`every pym message the builder writes reads back as its type and value (${RUNS} runs)`, () => {
		// Types that end in "xPYM" or hold the separator cannot be told apart from their value on the wire.
		const safeType = fc.stringMatching(/^[a-z][a-zA-Z-]{0,39}$/).filter((kind) => !/xPYM(x|$)/.test(kind));
		const value = fc.string({ maxLength: 100 }).filter((text) => !text.includes('xPYMx'));
		fc.assert(
			fc.property(id, safeType, value, (to, kind, text) => {
				fc.pre(!to.includes('xPYMx'));
				expect(parsePymMessage(pymMessage(to, kind, text), to)).toEqual({ type: kind, value: text });
			}),
			{ numRuns: RUNS }
		);
	});

	it(`every in-range box the builder writes reads back, rounded (${RUNS} runs)`, () => {
		const size = fc.double({ min: 0.5, max: MAX_WIDTH, noNaN: true });
		const edge = fc.double({ min: -1e7, max: 1e7, noNaN: true });
		fc.assert(
			fc.property(size, size, edge, edge, edge, edge, (width, height, top, left, bottom, right) => {
				const box = { top: Math.min(top, bottom), left, bottom: Math.max(top, bottom), right };
				const rounded = [width, height, box.top, box.bottom].map((n) => Math.round(n) + 0);
				fc.pre(rounded[0]! >= 1 && rounded[1]! >= 1);
				const viewport = parseViewportPosition(viewportPosition({ width, height }, box));
				expect(viewport).toBeDefined();
				const { width: w, height: h, top: t, bottom: b } = viewport!;
				expect([w, h, t, b].map((n) => n + 0)).toEqual(rounded);
			}),
			{ numRuns: RUNS }
		);
	});
});
