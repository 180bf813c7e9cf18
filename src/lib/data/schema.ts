/**
 * The vocabulary of `data/`: which columns each kind of file has, and which statuses, authorities,
 * qualifiers and units a row may use. `data/README.md` explains each in words; the loader
 * (`load.ts`, `parse.ts`) enforces them.
 */

/** How a figure came to us (DESIGN.md §3). */
export const STATUSES = ['reported', 'official', 'derived', 'conflicting'] as const;
export type Status = (typeof STATUSES)[number];

/** How far a source can be trusted. */
export const AUTHORITIES = ['official', 'press', 'low-authority'] as const;
export type Authority = (typeof AUTHORITIES)[number];

/**
 * How a source states a number: exactly (blank), as a bound ("more than 40 million", "at least",
 * "up to"), as an approximation ("about 700"), or as just under ("nearly 1,000").
 */
export const QUALIFIERS = ['', 'more_than', 'at_least', 'at_most', 'about', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * What kind of quantity a unit measures; each kind has its own range rule.
 * - amount: money or size, ≥ 0
 * - share: a percentage of a whole, 0–100
 * - change: growth rates and percentage-point changes, any finite number
 * - count: things counted, whole numbers ≥ 0
 * - scaled_count: counts in millions, ≥ 0 (decimals allowed)
 * - rate: a price of one thing in another, > 0
 */
export type UnitKind = 'amount' | 'share' | 'change' | 'count' | 'scaled_count' | 'rate';

export const UNITS = {
	trn_yuan: 'amount',
	bn_yuan: 'amount',
	m_yuan: 'amount',
	bn_usd: 'amount',
	yuan: 'amount',
	pct_gdp: 'share',
	pct_industrial_output: 'share',
	pct_national: 'share',
	pct_sales: 'share',
	pct_market: 'share',
	pct_total: 'share',
	pct_change: 'change',
	pp: 'change',
	firms: 'count',
	patents: 'count',
	years: 'count',
	m_households: 'scaled_count',
	m_units: 'scaled_count',
	m_shares: 'scaled_count',
	yuan_per_usd: 'rate'
} as const satisfies Record<string, UnitKind>;
export type Unit = keyof typeof UNITS;

/** Columns of a figure file (any `data/*.csv` but the special files below). `qualifier` is optional. */
export const FIGURE_COLUMNS = [
	'id',
	'series',
	'entity',
	'period',
	'value',
	'unit',
	'status',
	'source_id',
	'note'
] as const;
export const FIGURE_OPTIONAL_COLUMNS = ['qualifier'] as const;

/** Columns of `data/sources.csv`. */
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'date', 'url', 'authority', 'note'] as const;

/** Columns of `data/milestones.csv`: dated events without a number of their own. */
export const MILESTONE_COLUMNS = [
	'id',
	'series',
	'entity',
	'period',
	'event',
	'status',
	'source_id',
	'note'
] as const;

/** Columns of `data/breaks.csv`: where a series changes its basis, so lines must not join across it. */
export const BREAK_COLUMNS = ['id', 'series', 'entity', 'period', 'source_id', 'note'] as const;

export const SPECIAL_FILES = {
	sources: 'sources.csv',
	milestones: 'milestones.csv',
	breaks: 'breaks.csv'
} as const;

/** A figure: one number, with where it came from. */
export interface Figure {
	id: string;
	series: string;
	entity: string;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn` or `YYYY-Hn`. */
	period: string;
	value: number;
	/** Decimals the value was written with: shown as the source gives it, and the precision a formula is checked to. */
	decimals: number;
	unit: Unit;
	qualifier: Qualifier;
	status: Status;
	sourceId: string;
	/** Free text; for a derived figure it starts with its formula (`= a / b * 100; …`). */
	note: string;
	/** The formula of a derived figure, as written after `=` in its note. */
	formula?: string;
	/** Where the row lives, for messages: `data/ic.csv` and its row number (header = row 1). */
	file: string;
	row: number;
}

export interface Source {
	id: string;
	title: string;
	publisher: string;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `n.d.` when neither the page nor its address gives a date. */
	date: string;
	url: string;
	authority: Authority;
	note: string;
}

export interface Milestone {
	id: string;
	series: string;
	entity: string;
	period: string;
	/** A short English key for the event; the words shown come from the copy files. */
	event: string;
	status: Status;
	sourceId: string;
	note: string;
	file: string;
	row: number;
}

export interface SeriesBreak {
	id: string;
	series: string;
	entity: string;
	/** The first period on the new basis. */
	period: string;
	sourceId: string;
	note: string;
}

/** Everything in `data/`, validated. */
export interface Dataset {
	figures: Figure[];
	sources: Source[];
	milestones: Milestone[];
	breaks: SeriesBreak[];
}
