/**
 * Property tests for the figure loader (`parseFigures`, the pure step of `loadDataset` that turns a
 * CSV file into figures): anything it accepts gives finite numbers, shares in 0–100 and every other
 * unit in its range (schema.ts); anything it refuses stops with a `DataError` that names the file,
 * a row of the file and one of its columns. Files are built around the real schema (shuffled header,
 * optional qualifier, BOM, CRLF, blank lines, quoting) with junk and hostile cells mixed in, so that
 * a good share of them load.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigures } from './parse';
import { FIGURE_COLUMNS, QUALIFIERS, UNITS, type Unit } from './schema';
import { DataError } from './table';

/** Runs per property. */
const RUNS = 500;

type Column = (typeof FIGURE_COLUMNS)[number] | 'qualifier';
type Cells = Record<Column, string>;
const UNIT_NAMES = Object.keys(UNITS) as Unit[];

const NUMBERS = '0 -0 100 100.0 100.01 -0.01 1e308 1E3 NaN Infinity -Infinity'.split(' ');
const JUNK_NUMBERS = ['1,234', ' 12 ', '\u00a07\t', '٣', '３', '', '+5', '.5', '5.', '0x1F', '1_000', '12%'];
const HOSTILE = ['<script>alert(1)</script>', '"><img onerror=alert(1)>', '"', 'a"b', '","', '\n', '\r\n'];
const hostile = fc.oneof(
	fc.constantFrom(...HOSTILE, '~40', '>40', '= a / b', '__proto__', '\u202e1\u200b'),
	fc.string({ unit: 'binary' }),
	fc.tuple(fc.constantFrom(...HOSTILE, '9'), fc.nat(10_000)).map(([piece, n]) => piece.repeat(n))
);
/** Too many digits for a finite double. */
const longNumber = fc.integer({ min: 300, max: 400 }).map((n) => '9'.repeat(n));
/** Numbers as a CSV may hold them: plain and valid-looking, edge cases, and junk. */
const valueText = fc.oneof(
	{ arbitrary: fc.stringMatching(/^-?\d{1,3}(\.\d{1,3})?$/), weight: 6 },
	{ arbitrary: fc.constantFrom(...NUMBERS, ...JUNK_NUMBERS), weight: 2 },
	{ arbitrary: fc.oneof(fc.double(), fc.integer(), fc.bigInt()).map(String), weight: 1 },
	longNumber,
	longNumber.map((digits) => '-' + digits),
	{ arbitrary: hostile, weight: 1 }
);
const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const day = fc.date({ min: new Date('1978-01-01'), max: new Date('2100-12-31'), noInvalidDate: true });
const period = fc.oneof(
	day.map((date) => date.toISOString().slice(0, 10)),
	day.map((date) => date.toISOString().slice(0, 7)),
	day.chain((date) => fc.constantFrom('', '-Q1', '-Q4', '-H2').map((part) => date.getUTCFullYear() + part))
);
/** A value text inside the range of the unit's kind. */
const IN_RANGE = {
	share: /^(\d{1,2}(\.\d{1,2})?|100)$/,
	change: /^-?\d{1,3}(\.\d{1,2})?$/,
	count: /^\d{1,5}$/,
	amount: /^\d{1,6}(\.\d{1,3})?$/,
	scaled_count: /^\d{1,6}(\.\d{1,3})?$/,
	rate: /^[1-9]\d{0,2}(\.\d{1,4})?$/
};
/** Value texts at and just past the edges of each kind's range. */
const EDGES = {
	share: ['0', '100', '100.0', '100.5', '101', '-0.5'],
	change: ['-0', '-999.99', '0'],
	count: ['0', '1.5', '-1', '2.0'],
	amount: ['0', '-0.01', '-1'],
	scaled_count: ['0', '-0.01', '0.5'],
	rate: ['0', '0.0', '0.0001', '-1']
};
/** A row whose cells follow the schema, apart from its value: mostly in its unit's range, else anything. */
const row = fc.constantFrom(...UNIT_NAMES).chain((unit) =>
	fc.record({
		id,
		series: id,
		entity: fc.constantFrom('Shanghai', 'China', 'Pudong, Shanghai', 'the "Big Fund"'),
		period,
		value: fc.oneof(
			{ arbitrary: fc.stringMatching(IN_RANGE[UNITS[unit]]), weight: 3 },
			fc.constantFrom(...EDGES[UNITS[unit]]),
			{ arbitrary: valueText, weight: 2 }
		),
		unit: fc.constant(unit),
		qualifier: fc.constantFrom(...QUALIFIERS),
		status: fc.constantFrom('reported', 'official', 'conflicting'),
		source_id: id,
		note: fc.constantFrom('', 'scopes differ', 'a, b', '"quoted"')
	})
);
/** The same row with, one time in four, one cell replaced by junk. */
const junkRow = fc
	.tuple(
		row,
		fc.oneof(
			{ arbitrary: fc.constant(undefined), weight: 3 },
			fc.tuple(fc.constantFrom<Column>(...FIGURE_COLUMNS, 'qualifier'), hostile)
		)
	)
	.map(([cells, junk]) => (junk ? { ...cells, [junk[0]]: junk[1] } : cells));

/** One time in five, a blank line before a row. */
const blank = fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, fc.constant(true));
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
/** A CSV file of these rows: shuffled header, BOM, CRLF, blank lines and (if `raw`) unescaped cells, at random. */
const file = (rows: fc.Arbitrary<Cells>, raw: boolean) =>
	fc
		.record({
			header: fc.boolean().chain((qualifier) =>
				fc.shuffledSubarray<Column>([...FIGURE_COLUMNS, ...(qualifier ? ['qualifier' as const] : [])], {
					minLength: FIGURE_COLUMNS.length + (qualifier ? 1 : 0)
				})
			),
			rows: fc.array(fc.tuple(rows, blank), { minLength: 1, maxLength: 3 }),
			raw: raw
				? fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, fc.constant(true))
				: fc.constant(false),
			bom: fc.boolean(),
			eol: fc.constantFrom('\n', '\r\n')
		})
		.map(({ header, rows, raw, bom, eol }) => {
			const write = (cell: string) => (raw || !/[",\r\n]/.test(cell) ? cell : quote(cell));
			const lines = [header.join(',')];
			const at: number[] = [];
			for (const [cells, blank] of rows) {
				if (blank) lines.push('');
				lines.push(header.map((column) => write(cells[column])).join(','));
				at.push(lines.length);
			}
			return {
				header,
				rows: rows.map(([cells]) => cells),
				at,
				text: (bom ? '\uFEFF' : '') + lines.join(eol) + eol
			};
		});
const name = fc.constantFrom('data/ic.csv', 'data/trade.csv', 'data/odd name, with comma.csv');

/** The range of each kind of unit, in the schema's words: finite, shares 0–100, and so on. */
function inRange(value: number, unit: Unit): boolean {
	const kind = UNITS[unit];
	return (
		Number.isFinite(value) &&
		(kind !== 'share' || (value >= 0 && value <= 100)) &&
		(!['amount', 'count', 'scaled_count'].includes(kind) || value >= 0) &&
		(kind !== 'count' || Number.isInteger(value)) &&
		(kind !== 'rate' || value > 0)
	);
}

/** The value a row must give: a plain decimal (spaces around it aside) in its unit's range, or nothing. */
function expectedValue(text: string, unit: Unit): number | undefined {
	const trimmed = text.trim();
	if (!/^-?[0-9]+(\.[0-9]+)?$/.test(trimmed)) return undefined;
	const value = Number(trimmed) + 0;
	return inRange(value, unit) ? value : undefined;
}

describe(`figure loader properties (${RUNS} runs each)`, () => {
	it(`accepts only finite values in their unit's range, else names file, row and column (${RUNS} runs)`, () => {
		let accepted = 0;
		fc.assert(
			fc.property(file(junkRow, true), name, ({ header, text }, fileName) => {
				let figures;
				try {
					figures = parseFigures(text, fileName);
				} catch (error) {
					expect(error).toBeInstanceOf(DataError);
					const { file, row, column, rule, message } = error as DataError;
					expect(file).toBe(fileName);
					expect(message).toBe(`${fileName}, row ${row}, column "${column}": ${rule}`);
					expect(Number.isInteger(row) && row >= 1 && row <= text.split(/\r\n|\r|\n/).length).toBe(true);
					expect(header).toContain(column);
					expect(rule.length).toBeGreaterThan(0);
					return;
				}
				if (figures.length > 0) accepted += 1;
				for (const figure of figures) {
					expect(inRange(figure.value, figure.unit), `${figure.value} ${figure.unit}`).toBe(true);
					expect(Number.isInteger(figure.decimals) && figure.decimals >= 0).toBe(true);
					expect(figure.file).toBe(fileName);
					expect(text.split(/\r\n|\r|\n/)[figure.row - 1]).toContain(figure.id);
				}
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 10);
	});

	it(`loads exactly the values the schema allows, or stops at the first bad one (${RUNS} runs)`, () => {
		let accepted = 0;
		const clean = row.filter((cells) => !/[\r\n]/.test(cells.value));
		fc.assert(
			fc.property(file(clean, false), name, ({ rows, at, text }, fileName) => {
				const bad = rows.findIndex((cells) => expectedValue(cells.value, cells.unit as Unit) === undefined);
				if (bad >= 0) {
					expect(() => parseFigures(text, fileName)).toThrow(`${fileName}, row ${at[bad]}, column "value": `);
					return;
				}
				accepted += 1;
				const figures = parseFigures(text, fileName);
				expect(figures.map((figure) => [figure.row, figure.value + 0, figure.unit])).toEqual(
					rows.map((cells, i) => [at[i], expectedValue(cells.value, cells.unit as Unit), cells.unit])
				);
			}),
			{ numRuns: RUNS }
		);
		expect(accepted).toBeGreaterThan(RUNS / 10);
	});
});

/** Counterexamples the properties above found, kept as plain examples. */
describe('figure loader counterexamples', () => {
	const header = 'id,series,entity,period,value,unit,status,source_id,note';

	it.each([
		['1 and 309 zeros', '1' + '0'.repeat(309), 'bn_yuan'],
		['minus 400 nines', '-' + '9'.repeat(400), 'pct_change'],
		['309 nines', '9'.repeat(309), 'yuan_per_usd']
	])('refuses a value too long to be a finite number (%s, %s)', (_, value, unit) => {
		const text = `${header}\nfig_a,s,Shanghai,2021,${value},${unit},official,src_a,\n`;
		expect(() => parseFigures(text, 'data/ic.csv')).toThrow('data/ic.csv, row 2, column "value": ');
	});

	it('names a column for a quoted line break in a row wider than the header', () => {
		const text = `${header}\nfig_a,s,"Pudong, Shanghai",2021,1,bn_yuan,official,src_a,a,b,"\n`;
		expect(() => parseFigures(text, 'data/ic.csv')).toThrow(
			'data/ic.csv, row 2, column "note": a cell holds a line break'
		);
	});
});
