/**
 * The loader on small data folders written to a temporary directory: each bad input must stop it
 * with one message naming the file, the row (header = row 1), the column and the rule; each
 * forgiving case must load the same figures as the clean file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { DataError } from './table';

const SOURCES = [
	'id,title,publisher,date,url,authority,note',
	'src_a,Title A,Publisher A,2023-12-05,https://example.org/a,press,',
	'src_b,Title B,Publisher B,n.d.,https://example.org/b,official,'
];
const FIGURES = [
	'id,series,entity,period,value,unit,qualifier,status,source_id,note',
	'fig_a,ic_city,Shanghai,2021,250,bn_yuan,,official,src_a,',
	'fig_b,ic_nation,China,2021,1050,bn_yuan,,official,src_b,',
	'fig_share,ic_ratio,Shanghai,2021,23.8,pct_national,,derived,src_a,= fig_a / fig_b * 100; scopes differ'
];
const MILESTONES = [
	'id,series,entity,period,event,status,source_id,note',
	'ms_listing,timeline,Firm,2022-08-22,listed,official,src_b,'
];

const root = mkdtempSync(join(tmpdir(), 'story-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** Writes a data folder (the clean fixture, with some files replaced) and loads it. */
function load(
	files: Partial<Record<'sources.csv' | 'ic.csv' | 'milestones.csv' | 'extra.csv', string[] | string>>
) {
	const dir = join(root, String(count++));
	mkdirSync(dir);
	const all = { 'sources.csv': SOURCES, 'ic.csv': FIGURES, 'milestones.csv': MILESTONES, ...files };
	for (const [name, content] of Object.entries(all)) {
		if (content !== undefined)
			writeFileSync(join(dir, name), Array.isArray(content) ? content.join('\n') + '\n' : content);
	}
	return loadDataset(dir);
}

/** Replaces one row (1-based, header = 1) of a fixture. */
const withRow = (lines: string[], row: number, text: string) =>
	lines.map((line, i) => (i === row - 1 ? text : line));

function failure(run: () => unknown): DataError {
	try {
		run();
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected the loader to reject this input');
}

describe('loadDataset on clean data', () => {
	it('loads figures, sources and milestones with typed values', () => {
		const dataset = load({});
		expect(dataset.figures.map((figure) => [figure.id, figure.value, figure.unit])).toEqual([
			['fig_a', 250, 'bn_yuan'],
			['fig_b', 1050, 'bn_yuan'],
			['fig_share', 23.8, 'pct_national']
		]);
		expect(dataset.figures[2]?.formula).toBe('fig_a / fig_b * 100');
		expect(dataset.sources.map((source) => source.id)).toEqual(['src_a', 'src_b']);
		expect(dataset.milestones[0]?.period).toBe('2022-08-22');
	});
});

describe('loadDataset rejects bad input, naming file, row, column and rule', () => {
	const cases: Array<{
		name: string;
		files: Parameters<typeof load>[0];
		file: string;
		row: number;
		column: string;
		rule: RegExp;
	}> = [
		{
			name: 'a missing column',
			files: {
				'ic.csv': FIGURES.map((line) =>
					line
						.split(',')
						.filter((_, i) => i !== 5)
						.join(',')
				)
			},
			file: 'ic.csv',
			row: 1,
			column: 'unit',
			rule: /lacks this required column/
		},
		{
			name: 'an unknown column',
			files: { 'ic.csv': [FIGURES[0] + ',comment', ...FIGURES.slice(1).map((line) => line + ',x')] },
			file: 'ic.csv',
			row: 1,
			column: 'comment',
			rule: /unknown column/
		},
		{
			name: 'a blank value',
			files: { 'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,,bn_yuan,,official,src_a,') },
			file: 'ic.csv',
			row: 2,
			column: 'value',
			rule: /blank/
		},
		{
			name: 'a value that is not a number',
			files: { 'ic.csv': withRow(FIGURES, 3, 'fig_b,ic_nation,China,2021,abc,bn_yuan,,official,src_b,') },
			file: 'ic.csv',
			row: 3,
			column: 'value',
			rule: /"abc" is not a number/
		},
		{
			name: 'a bound written into the value',
			files: { 'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,>170,bn_yuan,,official,src_a,') },
			file: 'ic.csv',
			row: 2,
			column: 'value',
			rule: /qualifier column/
		},
		{
			name: 'a thousands separator',
			files: { 'ic.csv': withRow(FIGURES, 3, 'fig_b,ic_nation,China,2021,"1,050",bn_yuan,,official,src_b,') },
			file: 'ic.csv',
			row: 3,
			column: 'value',
			rule: /without thousands separators/
		},
		{
			name: 'a negative share',
			files: {
				'extra.csv': [FIGURES[0] as string, 'fig_c,gdp_share,Shanghai,2022,-1,pct_gdp,,official,src_a,']
			},
			file: 'extra.csv',
			row: 2,
			column: 'value',
			rule: /between 0 and 100/
		},
		{
			name: 'a share over 100',
			files: {
				'extra.csv': [FIGURES[0] as string, 'fig_c,gdp_share,Shanghai,2022,100.5,pct_gdp,,official,src_a,']
			},
			file: 'extra.csv',
			row: 2,
			column: 'value',
			rule: /between 0 and 100/
		},
		{
			name: 'a negative amount',
			files: { 'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,-250,bn_yuan,,official,src_a,') },
			file: 'ic.csv',
			row: 2,
			column: 'value',
			rule: /negative/
		},
		{
			name: 'a count that is not whole',
			files: { 'extra.csv': [FIGURES[0] as string, 'fig_c,batch,Shanghai,2023,40.5,firms,,official,src_a,'] },
			file: 'extra.csv',
			row: 2,
			column: 'value',
			rule: /whole number/
		},
		{
			name: 'an unknown unit',
			files: { 'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,250,bn_dollars,,official,src_a,') },
			file: 'ic.csv',
			row: 2,
			column: 'unit',
			rule: /"bn_dollars" is not one of/
		},
		{
			name: 'an unknown status',
			files: { 'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,250,bn_yuan,,estimated,src_a,') },
			file: 'ic.csv',
			row: 2,
			column: 'status',
			rule: /"estimated" is not one of reported, official, derived, conflicting/
		},
		{
			name: 'an unknown qualifier',
			files: {
				'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,250,bn_yuan,roughly,official,src_a,')
			},
			file: 'ic.csv',
			row: 2,
			column: 'qualifier',
			rule: /"roughly" is not one of/
		},
		{
			name: 'an unknown source id',
			files: { 'ic.csv': withRow(FIGURES, 3, 'fig_b,ic_nation,China,2021,1050,bn_yuan,,official,src_z,') },
			file: 'ic.csv',
			row: 3,
			column: 'source_id',
			rule: /unknown source "src_z"/
		},
		{
			name: 'a duplicate id across files',
			files: {
				'milestones.csv': withRow(MILESTONES, 2, 'fig_a,timeline,Firm,2022-08-22,listed,official,src_b,')
			},
			file: 'milestones.csv',
			row: 2,
			column: 'id',
			rule: /duplicate id "fig_a", first used in .*ic\.csv row 2/
		},
		{
			name: 'a malformed period',
			files: { 'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021/07,250,bn_yuan,,official,src_a,') },
			file: 'ic.csv',
			row: 2,
			column: 'period',
			rule: /"2021\/07" is not a period/
		},
		{
			name: 'a date that does not exist',
			files: {
				'milestones.csv': withRow(MILESTONES, 2, 'ms_listing,timeline,Firm,2022-02-30,listed,official,src_b,')
			},
			file: 'milestones.csv',
			row: 2,
			column: 'period',
			rule: /"2022-02-30" is not a period/
		},
		{
			name: 'a derived figure without a formula',
			files: {
				'ic.csv': withRow(
					FIGURES,
					4,
					'fig_share,ic_ratio,Shanghai,2021,23.8,pct_national,,derived,src_a,our estimate'
				)
			},
			file: 'ic.csv',
			row: 4,
			column: 'note',
			rule: /needs its formula/
		},
		{
			name: 'a derived figure that does not match its formula',
			files: {
				'ic.csv': withRow(
					FIGURES,
					4,
					'fig_share,ic_ratio,Shanghai,2021,25,pct_national,,derived,src_a,= fig_a / fig_b * 100'
				)
			},
			file: 'ic.csv',
			row: 4,
			column: 'value',
			rule: /25 does not match its formula fig_a \/ fig_b \* 100 = 23\.8/
		},
		{
			name: 'a formula naming no figure',
			files: {
				'ic.csv': withRow(
					FIGURES,
					4,
					'fig_share,ic_ratio,Shanghai,2021,23.8,pct_national,,derived,src_a,= fig_a / fig_q * 100'
				)
			},
			file: 'ic.csv',
			row: 4,
			column: 'note',
			rule: /names "fig_q", which is no figure/
		},
		{
			name: 'a formula on a figure that is not derived',
			files: {
				'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,250,bn_yuan,,official,src_a,= 200 + 50')
			},
			file: 'ic.csv',
			row: 2,
			column: 'note',
			rule: /belongs only to a derived figure/
		},
		{
			name: 'rows that disagree without saying so',
			files: {
				'extra.csv': [FIGURES[0] as string, 'fig_c,ic_city,Shanghai,2021,260,bn_yuan,,official,src_b,']
			},
			file: 'extra.csv',
			row: 2,
			column: 'status',
			rule: /gives 260 where fig_a .* gives 250.*mark both conflicting/
		},
		{
			name: 'a conflicting row with nothing to conflict with',
			files: { 'ic.csv': withRow(FIGURES, 2, 'fig_a,ic_city,Shanghai,2021,250,bn_yuan,,conflicting,src_a,') },
			file: 'ic.csv',
			row: 2,
			column: 'status',
			rule: /no other row .* gives a different value/
		},
		{
			name: 'a row with an unquoted comma',
			files: {
				'ic.csv': withRow(
					FIGURES,
					2,
					'fig_a,ic_city,Shanghai,2021,250,bn_yuan,,official,src_a,a note, with a comma'
				)
			},
			file: 'ic.csv',
			row: 2,
			column: 'note',
			rule: /11 cells but the header has 10/
		},
		{
			name: 'a line break inside a cell',
			files: {
				'ic.csv': withRow(FIGURES, 3, 'fig_b,ic_nation,China,2021,1050,bn_yuan,,official,src_b,"two\nlines"')
			},
			file: 'ic.csv',
			row: 3,
			column: 'note',
			rule: /line break/
		},
		{
			name: 'a source without a URL',
			files: { 'sources.csv': withRow(SOURCES, 3, 'src_b,Title B,Publisher B,n.d.,,official,') },
			file: 'sources.csv',
			row: 3,
			column: 'url',
			rule: /needs a URL/
		},
		{
			name: 'a source whose URL is not http(s)',
			files: {
				'sources.csv': withRow(SOURCES, 2, 'src_a,Title A,Publisher A,2023-12-05,javascript:alert(1),press,')
			},
			file: 'sources.csv',
			row: 2,
			column: 'url',
			rule: /not an http\(s\) URL/
		},
		{
			name: 'a source with an unknown authority',
			files: {
				'sources.csv': withRow(SOURCES, 2, 'src_a,Title A,Publisher A,2023-12-05,https://example.org/a,blog,')
			},
			file: 'sources.csv',
			row: 2,
			column: 'authority',
			rule: /"blog" is not one of official, press, low-authority/
		},
		{
			name: 'a source with a malformed date',
			files: {
				'sources.csv': withRow(
					SOURCES,
					2,
					'src_a,Title A,Publisher A,5 Dec 2023,https://example.org/a,press,'
				)
			},
			file: 'sources.csv',
			row: 2,
			column: 'date',
			rule: /not a date/
		},
		{
			name: 'a source that no row cites',
			files: { 'sources.csv': [...SOURCES, 'src_c,Title C,Publisher C,2020,https://example.org/c,press,'] },
			file: 'sources.csv',
			row: 4,
			column: 'id',
			rule: /cited by no row/
		},
		{
			name: 'a derived milestone',
			files: {
				'milestones.csv': withRow(MILESTONES, 2, 'ms_listing,timeline,Firm,2022-08-22,listed,derived,src_b,')
			},
			file: 'milestones.csv',
			row: 2,
			column: 'status',
			rule: /cannot be derived/
		}
	];

	it.each(cases)('$name', ({ files, file, row, column, rule }) => {
		const error = failure(() => load(files));
		expect(error.file.endsWith(file)).toBe(true);
		expect([error.row, error.column]).toEqual([row, column]);
		expect(error.message).toMatch(rule);
		expect(error.message).toContain(`${file}, row ${row}, column "${column}"`);
	});

	it('a folder without sources.csv', () => {
		const error = failure(() => load({ 'sources.csv': undefined }));
		expect(error.message).toMatch(/sources\.csv, row 1, .*missing/);
	});
});

describe('loadDataset forgives what a spreadsheet adds', () => {
	const clean = () => load({}).figures.map(({ file: _file, ...figure }) => figure);
	const loaded = (files: Parameters<typeof load>[0]) =>
		load(files).figures.map(({ file: _file, ...figure }) => figure);

	it('a byte-order mark', () => {
		expect(loaded({ 'ic.csv': '\uFEFF' + FIGURES.join('\n') })).toEqual(clean());
	});
	it('CRLF line ends', () => {
		expect(loaded({ 'ic.csv': FIGURES.join('\r\n') + '\r\n' })).toEqual(clean());
	});
	it('spaces around cells and in the header', () => {
		expect(loaded({ 'ic.csv': FIGURES.map((line) => line.split(',').join(' , ')) })).toEqual(clean());
	});
	it('blank lines between and after rows, keeping row numbers true to the file', () => {
		const [header, ...rows] = FIGURES;
		const figures = loaded({ 'ic.csv': [header as string, '', ...rows, '', ''].join('\n') });
		expect(figures.map(({ row: _row, ...figure }) => figure)).toEqual(
			clean().map(({ row: _row, ...figure }) => figure)
		);
		expect(figures.map((figure) => figure.row)).toEqual([3, 4, 5]);
	});
	it('quoted cells with commas and quotes, on several rows', () => {
		const sources = withRow(
			withRow(
				SOURCES,
				2,
				'src_a,"Title A, with a comma",Publisher A,2023-12-05,https://example.org/a,press,"say ""hi"""'
			),
			3,
			'src_b,"Title B, too",Publisher B,n.d.,https://example.org/b,official,"a note, quoted"'
		);
		expect(load({ 'sources.csv': sources }).sources.map((source) => [source.title, source.note])).toEqual([
			['Title A, with a comma', 'say "hi"'],
			['Title B, too', 'a note, quoted']
		]);
	});
	it('no qualifier column at all', () => {
		expect(
			loaded({
				'ic.csv': FIGURES.map((line) =>
					line
						.split(',')
						.filter((_, i) => i !== 6)
						.join(',')
				)
			})
		).toEqual(clean());
	});
});
