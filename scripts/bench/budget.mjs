/**
 * The budget: bench/budget.json's marks, checked against a run's results. Scores are minimums, every
 * other figure a maximum. A figure that could not be measured fails its mark.
 */
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} Metric
 * @property {string} label how the figure is named on screen
 * @property {'bytes' | 'lighthouse' | 'scroll'} from the part of a page's results it is in
 * @property {string} key its name there
 * @property {number} [scale] what to multiply it by to get the budget's unit
 * @property {'lower' | 'higher'} better which way is better (a lower mark is a maximum)
 * @property {string} [unit] printed after the figure
 * @property {number} [digits] decimals printed
 *
 * @typedef {Record<string, Record<string, number>>} Marks the marks of each page, by page and figure
 * @typedef {{ pages: Marks }} Budget
 * @typedef {Record<string, any>} PageResults one page's results, as bench.mjs writes them
 * @typedef {{ page: string, name: string, value: number | null, mark: number, ok: boolean }} Check
 */

/**
 * Every figure a budget may name: where it is in a page's results, which way is better, how it prints.
 * @type {Record<string, Metric>}
 */
export const METRICS = {
	jsGzipKB: {
		label: 'JS, gzip',
		from: 'bytes',
		key: 'jsGzipBytes',
		scale: 1 / 1000,
		better: 'lower',
		unit: ' kB',
		digits: 1
	},
	performance: { label: 'Performance', from: 'lighthouse', key: 'performance', better: 'higher' },
	accessibility: { label: 'Accessibility', from: 'lighthouse', key: 'accessibility', better: 'higher' },
	bestPractices: { label: 'Best practices', from: 'lighthouse', key: 'bestPractices', better: 'higher' },
	seo: { label: 'SEO', from: 'lighthouse', key: 'seo', better: 'higher' },
	lcpMs: { label: 'LCP', from: 'lighthouse', key: 'lcpMs', better: 'lower', unit: ' ms' },
	tbtMs: { label: 'TBT', from: 'lighthouse', key: 'tbtMs', better: 'lower', unit: ' ms' },
	cls: { label: 'CLS', from: 'lighthouse', key: 'cls', better: 'lower', digits: 4 },
	scrollP95Ms: {
		label: 'Scroll frame p95',
		from: 'scroll',
		key: 'p95FrameMs',
		better: 'lower',
		unit: ' ms',
		digits: 1
	},
	longTasks: { label: 'Long tasks while scrolling', from: 'scroll', key: 'longTasks', better: 'lower' }
};

/**
 * The metric a budget names.
 * @param {string} name
 * @returns {Metric}
 */
function metricOf(name) {
	const metric = METRICS[name];
	if (!metric) throw new Error(`"${name}" is not one of ${Object.keys(METRICS).join(', ')}`);
	return metric;
}

/**
 * A page's figure for a metric, or null when it was not measured.
 * @param {Metric} metric
 * @param {PageResults} entry
 * @returns {number | null}
 */
function read(metric, entry) {
	const value = metric.from === 'bytes' ? entry[metric.key] : entry[metric.from]?.[metric.key];
	return typeof value === 'number' && Number.isFinite(value) ? value * (metric.scale ?? 1) : null;
}

/**
 * Which measurements a page's marks need: Lighthouse, the scroll run, or only its bytes.
 * @param {Record<string, number> | undefined} marks
 */
export function measurementsFor(marks) {
	const sources = new Set(Object.keys(marks ?? {}).map((name) => metricOf(name).from));
	return { lighthouse: sources.has('lighthouse'), scroll: sources.has('scroll') };
}

/**
 * Reads and checks the budget file; a mistake in it stops the bench naming the page and the figure.
 * @param {string} path
 * @returns {Budget}
 */
export function loadBudget(path) {
	let budget;
	try {
		budget = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: ${error instanceof Error ? error.message : error}`);
	}
	if (!budget || typeof budget.pages !== 'object') throw new Error(`${path}: no "pages" object`);
	for (const [page, marks] of Object.entries(budget.pages)) {
		for (const [name, mark] of Object.entries(marks)) {
			if (!(name in METRICS))
				throw new Error(
					`${path}: page ${page} names "${name}", which is not one of ${Object.keys(METRICS).join(', ')}`
				);
			if (typeof mark !== 'number' || !Number.isFinite(mark))
				throw new Error(
					`${path}: page ${page}, ${name}: the mark must be a number, not ${JSON.stringify(mark)}`
				);
		}
	}
	return budget;
}

/**
 * Each mark of each page the run measured, with the figure and whether it is within the mark.
 * Pages in the budget that the run did not measure (--pages) are left out.
 * @param {Budget} budget
 * @param {{ pages: Record<string, PageResults> }} results
 * @returns {Check[]}
 */
export function checkBudget(budget, results) {
	const checks = [];
	for (const [page, marks] of Object.entries(budget.pages)) {
		const entry = results.pages[page];
		if (!entry) continue;
		for (const [name, mark] of Object.entries(marks)) {
			const metric = metricOf(name);
			const value = read(metric, entry);
			const ok = value !== null && (metric.better === 'higher' ? value >= mark : value <= mark);
			checks.push({ page, name, value, mark, ok });
		}
	}
	return checks;
}

/**
 * One line per check: ✓ or ✗, the page, the figure and its mark.
 * @param {Check} check
 */
export function formatCheck({ page, name, value, mark, ok }) {
	const metric = metricOf(name);
	/** @param {number} number */
	const show = (number) => `${number.toFixed(metric.digits ?? 0)}${metric.unit ?? ''}`;
	const sign = metric.better === 'higher' ? '≥' : '≤';
	const figure = value === null ? 'not measured' : show(value);
	return `${ok ? '✓' : '✗'} ${page} ${metric.label}: ${figure} (mark ${sign} ${show(mark)})`;
}
