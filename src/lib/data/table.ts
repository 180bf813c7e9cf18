import { csvParseRows } from 'd3';

/**
 * A data problem, located: the file, the row (as a spreadsheet numbers it: the header is row 1),
 * the column and the rule broken. Its message is the one line a build prints.
 */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly row: number,
		readonly column: string,
		readonly rule: string
	) {
		super(`${file}, row ${row}, column "${column}": ${rule}`);
		this.name = 'DataError';
	}
}

/** One data row: its cells by column name, and its row number in the file. */
export interface TableRow {
	row: number;
	cells: Record<string, string>;
}

/**
 * Reads a CSV text into rows keyed by column name.
 *
 * Forgiving on purpose: a byte-order mark, CRLF line ends, spaces around cells and blank lines are
 * accepted. Strict on the rest: every required column present, no unknown or repeated column, every
 * row as wide as the header, no line break inside a cell (so row numbers are line numbers).
 */
export function readTable(
	text: string,
	file: string,
	required: readonly string[],
	optional: readonly string[] = []
): TableRow[] {
	const body = text.replace(/^\uFEFF/, '');
	const broken = lineOfQuotedBreak(body);
	if (broken !== undefined) {
		throw new DataError(
			file,
			broken,
			cellColumnAt(body, broken),
			'a cell holds a line break; keep every row on one line'
		);
	}
	const lines = csvParseRows(body);
	const header = (lines[0] ?? []).map((cell) => cell.trim());
	if (header.length === 0 || header.every((cell) => cell === '')) {
		throw new DataError(file, 1, required[0] ?? '', 'the file has no header row');
	}
	const seen = new Set<string>();
	for (const name of header) {
		if (seen.has(name)) throw new DataError(file, 1, name, 'this column appears twice in the header');
		seen.add(name);
		if (!required.includes(name) && !optional.includes(name)) {
			throw new DataError(
				file,
				1,
				name,
				`unknown column; the columns are ${[...required, ...optional].join(', ')}`
			);
		}
	}
	for (const name of required) {
		if (!seen.has(name)) throw new DataError(file, 1, name, 'the header lacks this required column');
	}

	const rows: TableRow[] = [];
	lines.slice(1).forEach((raw, index) => {
		const row = index + 2;
		const cells = raw.map((cell) => cell.trim());
		if (cells.every((cell) => cell === '')) return;
		if (cells.length !== header.length) {
			const column = header[Math.min(cells.length, header.length - 1)] ?? '';
			throw new DataError(
				file,
				row,
				column,
				`the row has ${cells.length} cells but the header has ${header.length} (a comma inside a value needs quotes)`
			);
		}
		const record: Record<string, string> = {};
		header.forEach((name, i) => (record[name] = cells[i] ?? ''));
		for (const name of optional) record[name] ??= '';
		rows.push({ row, cells: record });
	});
	return rows;
}

/** The line on which a quoted cell holds a line break, if one does (`""` inside quotes toggles twice). */
function lineOfQuotedBreak(text: string): number | undefined {
	let line = 1;
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (char === '\n' || char === '\r') {
			if (quoted) return line;
			if (char === '\n') line += 1;
		}
	}
	return undefined;
}

function cellColumnAt(text: string, line: number): string {
	const header = csvParseRows(text.split(/\r?\n/)[0] ?? '')[0] ?? [];
	const start = text.split(/\n/)[line - 1] ?? '';
	const cellsBefore = csvParseRows(start.replace(/"[^"]*$/, ''))[0] ?? [];
	return (header[Math.min(Math.max(0, cellsBefore.length - 1), header.length - 1)] ?? '').trim();
}
