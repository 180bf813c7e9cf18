import {
	AUTHORITIES,
	BREAK_COLUMNS,
	FIGURE_COLUMNS,
	FIGURE_OPTIONAL_COLUMNS,
	MILESTONE_COLUMNS,
	QUALIFIERS,
	SOURCE_COLUMNS,
	STATUSES,
	UNITS,
	type Authority,
	type Dataset,
	type Figure,
	type Milestone,
	type Qualifier,
	type SeriesBreak,
	type Source,
	type Status,
	type Unit
} from './schema.ts';
import { DataError, readTable, type TableRow } from './table.ts';
import { decimalsOf, evaluate, formulaOf, referencedIds } from './formula.ts';

const ID = /^[a-z][a-z0-9_]*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Checks `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a real day), `YYYY-Qn`, `YYYY-Hn`, years 1978–2100. */
export function isPeriod(text: string): boolean {
	const match = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/.exec(text);
	if (!match) return false;
	const year = Number(match[1]);
	if (year < 1978 || year > 2100) return false;
	if (match[2] === undefined) return true;
	const month = Number(match[2]);
	if (month < 1 || month > 12) return false;
	if (match[3] === undefined) return true;
	const day = Number(match[3]);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A cell reader bound to one row, so every problem names its file, row and column. */
function cellsOf(file: string, { row, cells }: TableRow) {
	const fail = (column: string, rule: string): never => {
		throw new DataError(file, row, column, rule);
	};
	const required = (column: string) => {
		const value = cells[column] ?? '';
		if (value === '') fail(column, 'the value is blank; this column is required');
		return value;
	};
	const id = (column: string) => {
		const value = required(column);
		if (!ID.test(value))
			fail(column, `"${value}" is not an id (lower-case letters, digits and _; starts with a letter)`);
		return value;
	};
	const oneOf = <T extends string>(column: string, allowed: readonly T[], value = required(column)) => {
		if (!allowed.includes(value as T))
			fail(column, `"${value}" is not one of ${allowed.filter(Boolean).join(', ')}`);
		return value as T;
	};
	const period = (column: string) => {
		const value = required(column);
		if (!isPeriod(value)) {
			fail(column, `"${value}" is not a period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn, a real date)`);
		}
		return value;
	};
	return { row, cells, fail, required, id, oneOf, period };
}

function parseFigureRow(file: string, tableRow: TableRow): Figure {
	const c = cellsOf(file, tableRow);
	const id = c.id('id');
	const series = c.id('series');
	const entity = c.required('entity');
	const period = c.period('period');
	const valueText = c.required('value');
	if (!NUMBER.test(valueText)) {
		const hint = /^[<>~≈]/.test(valueText)
			? '; put "more than", "about" or "nearly" in the qualifier column'
			: /\d,\d/.test(valueText)
				? '; write it without thousands separators'
				: '';
		c.fail('value', `"${valueText}" is not a number${hint}`);
	}
	const value = Number(valueText);
	if (!Number.isFinite(value))
		c.fail('value', `"${valueText}" is too large a number; write it in a larger unit`);
	const unit = c.oneOf('unit', Object.keys(UNITS) as Unit[]);
	const kind = UNITS[unit];
	if (kind === 'share' && (value < 0 || value > 100))
		c.fail('value', `${value} is a share in ${unit}: it must lie between 0 and 100`);
	if ((kind === 'amount' || kind === 'count' || kind === 'scaled_count') && value < 0)
		c.fail('value', `${value} is negative; ${unit} cannot be`);
	if (kind === 'rate' && value <= 0) c.fail('value', `${value} must be above 0 for ${unit}`);
	if (kind === 'count' && !Number.isInteger(value))
		c.fail('value', `${value} must be a whole number of ${unit}`);
	const qualifier = c.oneOf<Qualifier>('qualifier', QUALIFIERS, c.cells.qualifier ?? '');
	const status = c.oneOf<Status>('status', STATUSES);
	const sourceId = c.id('source_id');
	const note = c.cells.note ?? '';
	const formula = formulaOf(note);
	if (status === 'derived' && formula === undefined)
		c.fail('note', 'a derived figure needs its formula: start the note with "= …"');
	if (status !== 'derived' && formula !== undefined)
		c.fail('note', `a formula belongs only to a derived figure; this one is ${status}`);
	if (formula !== undefined) {
		try {
			referencedIds(formula);
		} catch (error) {
			c.fail('note', (error as Error).message);
		}
	}
	return {
		id,
		series,
		entity,
		period,
		value,
		decimals: decimalsOf(valueText),
		unit,
		qualifier,
		status,
		sourceId,
		note,
		...(formula === undefined ? {} : { formula }),
		file,
		row: tableRow.row
	};
}

/** Parses a figure file (`data/<topic>.csv`). */
export function parseFigures(text: string, file: string): Figure[] {
	return readTable(text, file, FIGURE_COLUMNS, FIGURE_OPTIONAL_COLUMNS).map((row) =>
		parseFigureRow(file, row)
	);
}

/** Parses `data/sources.csv`. */
export function parseSources(text: string, file: string): Source[] {
	return readTable(text, file, SOURCE_COLUMNS).map((tableRow) => {
		const c = cellsOf(file, tableRow);
		const id = c.id('id');
		const title = c.required('title');
		const publisher = c.required('publisher');
		const date = c.cells.date ?? '';
		if (date === '') c.fail('date', 'the value is blank; give the date, or n.d. when the source has none');
		if (date !== 'n.d.' && !(isPeriod(date) && !/[QH]/.test(date)))
			c.fail('date', `"${date}" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or n.d.)`);
		const url = c.cells.url ?? '';
		if (url === '') c.fail('url', 'a source needs a URL a reader can follow');
		if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) c.fail('url', `"${url}" is not an http(s) URL`);
		const authority = c.oneOf<Authority>('authority', AUTHORITIES);
		return { id, title, publisher, date, url, authority, note: c.cells.note ?? '' };
	});
}

/** Parses `data/milestones.csv`. */
export function parseMilestones(text: string, file: string): Milestone[] {
	return readTable(text, file, MILESTONE_COLUMNS).map((tableRow) => {
		const c = cellsOf(file, tableRow);
		const milestone = {
			id: c.id('id'),
			series: c.id('series'),
			entity: c.required('entity'),
			period: c.period('period'),
			event: c.required('event'),
			status: c.oneOf<Status>('status', STATUSES),
			sourceId: c.id('source_id'),
			note: c.cells.note ?? '',
			file,
			row: tableRow.row
		};
		if (milestone.status === 'derived')
			c.fail('status', 'a milestone is an event, not arithmetic: it cannot be derived');
		return milestone;
	});
}

/** Parses `data/breaks.csv`. */
export function parseBreaks(text: string, file: string): Array<SeriesBreak & { file: string; row: number }> {
	return readTable(text, file, BREAK_COLUMNS).map((tableRow) => {
		const c = cellsOf(file, tableRow);
		const note = c.required('note');
		return {
			id: c.id('id'),
			series: c.id('series'),
			entity: c.required('entity'),
			period: c.period('period'),
			sourceId: c.id('source_id'),
			note,
			file,
			row: tableRow.row
		};
	});
}

/** The parsed files, before the checks that look across files. */
export interface DatasetParts {
	sources: Source[];
	sourcesFile: string;
	figures: Figure[];
	milestones: Milestone[];
	breaks: Array<SeriesBreak & { file: string; row: number }>;
}

/**
 * The checks across files: unique ids, known and cited sources, disagreements marked, and every
 * derived figure equal to its formula at the precision it is written with.
 */
export function validateDataset(parts: DatasetParts): Dataset {
	const { sources, sourcesFile, figures, milestones, breaks } = parts;

	const sourceIds = new Map<string, number>();
	sources.forEach((source, index) => {
		if (sourceIds.has(source.id))
			throw new DataError(sourcesFile, index + 2, 'id', `duplicate source id "${source.id}"`);
		sourceIds.set(source.id, index + 2);
	});

	const rows = [...figures, ...milestones, ...breaks];
	const owners = new Map<string, { file: string; row: number }>();
	const cited = new Set<string>();
	for (const item of rows) {
		const first = owners.get(item.id);
		if (first)
			throw new DataError(
				item.file,
				item.row,
				'id',
				`duplicate id "${item.id}", first used in ${first.file} row ${first.row}`
			);
		owners.set(item.id, item);
		if (!sourceIds.has(item.sourceId))
			throw new DataError(
				item.file,
				item.row,
				'source_id',
				`unknown source "${item.sourceId}"; add it to ${sourcesFile}`
			);
		cited.add(item.sourceId);
	}
	for (const [id, row] of sourceIds) {
		if (!cited.has(id))
			throw new DataError(sourcesFile, row, 'id', `source "${id}" is cited by no row; remove it or cite it`);
	}

	checkConflicts(figures);
	checkFormulas(figures);

	const seriesNames = new Set([...figures, ...milestones].map((row) => row.series));
	for (const seriesBreak of breaks) {
		if (!seriesNames.has(seriesBreak.series))
			throw new DataError(
				seriesBreak.file,
				seriesBreak.row,
				'series',
				`no figure belongs to series "${seriesBreak.series}"`
			);
	}

	return {
		sources,
		figures,
		milestones,
		breaks: breaks.map(({ file: _file, row: _row, ...rest }) => rest)
	};
}

/** Rows that give different values for one series, entity, period and unit must say so. */
function checkConflicts(figures: Figure[]): void {
	const groups = new Map<string, Figure[]>();
	for (const figure of figures) {
		const key = [figure.series, figure.entity, figure.period, figure.unit].join('|');
		groups.set(key, [...(groups.get(key) ?? []), figure]);
	}
	for (const group of groups.values()) {
		const disagree = new Set(group.map((figure) => figure.value)).size > 1;
		for (const figure of group) {
			if (figure.status === 'conflicting' && !disagree) {
				throw new DataError(
					figure.file,
					figure.row,
					'status',
					`marked conflicting, but no other row of series ${figure.series} (${figure.entity}, ${figure.period}, ${figure.unit}) gives a different value`
				);
			}
		}
		if (!disagree) continue;
		const silent = group.find((figure) => figure.status !== 'conflicting' && figure.status !== 'reported');
		const other = group.find((figure) => figure !== silent && figure.value !== silent?.value);
		if (silent && other) {
			throw new DataError(
				silent.file,
				silent.row,
				'status',
				`gives ${silent.value} where ${other.id} (${other.file} row ${other.row}) gives ${other.value} for the same series, entity and period; mark both conflicting`
			);
		}
		if (!group.some((figure) => figure.status === 'conflicting')) {
			const first = group[0] as Figure;
			throw new DataError(
				first.file,
				first.row,
				'status',
				'rows of the same series, entity and period disagree; mark the non-article rows conflicting'
			);
		}
	}
}

/** Each derived figure must equal its formula, rounded to the decimals it is written with. */
function checkFormulas(figures: Figure[]): void {
	const byId = new Map(figures.map((figure) => [figure.id, figure]));
	const computing = new Set<string>();
	const compute = (figure: Figure): number => {
		if (figure.formula === undefined) return figure.value;
		if (computing.has(figure.id))
			throw new DataError(figure.file, figure.row, 'note', 'the formula refers back to itself');
		computing.add(figure.id);
		try {
			return evaluate(figure.formula, (id) => {
				const input = byId.get(id);
				if (!input)
					throw new DataError(
						figure.file,
						figure.row,
						'note',
						`the formula names "${id}", which is no figure`
					);
				compute(input);
				return input.value;
			});
		} catch (error) {
			if (error instanceof DataError) throw error;
			throw new DataError(figure.file, figure.row, 'note', (error as Error).message);
		} finally {
			computing.delete(figure.id);
		}
	};
	for (const figure of figures) {
		if (figure.formula === undefined) continue;
		const result = compute(figure);
		const rounded = Number(result.toFixed(figure.decimals));
		if (!Number.isFinite(result) || rounded !== figure.value) {
			throw new DataError(
				figure.file,
				figure.row,
				'value',
				`${figure.value} does not match its formula ${figure.formula} = ${Number.isFinite(result) ? result.toFixed(figure.decimals + 2) : result}`
			);
		}
	}
}
