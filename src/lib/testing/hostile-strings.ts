/**
 * For property tests of the parsers that read untrusted text (URL parameters, messages): known hostile
 * values, and a fast-check arbitrary of strings of every kind built around them.
 */
import fc from 'fast-check';

/** Values a hostile or careless link writes: markup, numbers in every notation, unicode digits and spaces, padding. */
export const HOSTILE_STRINGS: readonly string[] = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"story'",
	'a&b',
	'&amp;',
	'javascript:alert(1)',
	'-1',
	'-0',
	'0',
	'00',
	'0.5',
	'+3',
	'+640',
	'640px',
	'1e3',
	'1e308',
	'1E-7',
	'NaN',
	'Infinity',
	'-Infinity',
	'0x10',
	'1_000',
	'1,234',
	'2.0',
	'640.',
	'.5',
	'10000.0001',
	'99999.9999',
	'٣',
	'١٢٣',
	'٦٤٠',
	'３',
	'６４０',
	'\u200b640',
	'640\u200b',
	'\u202e046',
	'\u00a0640',
	' 640 ',
	'\t640\n',
	'9'.repeat(400),
	'__proto__',
	'constructor'
];

/**
 * Strings of every kind: random units, the hostile values above and `extra`, numbers in every notation,
 * padded with spaces and invisible characters, and pieces repeated up to 10,000 characters. `more` adds
 * arbitraries of the parser's own shapes.
 */
export function hostileString(
	extra: readonly string[] = [],
	...more: fc.Arbitrary<string>[]
): fc.Arbitrary<string> {
	const known = [...HOSTILE_STRINGS, ...extra];
	return fc.oneof(
		fc.string(),
		fc.string({ unit: 'grapheme' }),
		fc.string({ unit: 'binary' }),
		fc.constantFrom(...known),
		fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String),
		fc.double().map((n) => n.toExponential()),
		fc
			.tuple(fc.constantFrom('', ' ', '\t', '\u00a0', '\u200b', '\u202e', '\ufeff'), fc.nat(20_000))
			.map(([pad, n]) => `${pad}${n}${pad}`),
		fc
			.tuple(fc.constantFrom(...known, 'a', '1'), fc.integer({ min: 1, max: 10_000 }))
			.map(([piece, n]) => piece.repeat(n).slice(0, 10_000)),
		...more
	);
}
