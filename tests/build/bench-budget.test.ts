import { describe, expect, it } from 'vitest';
import { checkBudget, formatCheck, loadBudget } from '../../scripts/bench/budget.mjs';

/** The budget `npm run bench` checks: its marks, and how a figure over one is reported. */
const budget = loadBudget('bench/budget.json');

/** A page's results with every figure the budget can name, within the story's marks. */
function storyResults(overrides: Record<string, unknown> = {}) {
	return {
		pages: {
			'/': {
				jsGzipBytes: 42_000,
				lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 900, tbtMs: 10, cls: 0 },
				scroll: { p95FrameMs: 16.7, longTasks: 0 },
				...overrides
			}
		}
	};
}

describe("the bench's budget", () => {
	it('holds the marks of issue 9 for every page', () => {
		expect(Object.keys(budget.pages)).toEqual(['/', '/zh/', '/embed/', '/embed/ic/', '/present/', '/embed.js']);
		expect(budget.pages['/']).toMatchObject({ jsGzipKB: 50, performance: 100, lcpMs: 1000, tbtMs: 30, cls: 0 });
		expect(budget.pages['/']).toMatchObject({ scrollP95Ms: 16.8, longTasks: 0 });
		expect(budget.pages['/embed/ic/']).toMatchObject({ jsGzipKB: 35, seo: 100 });
		expect(budget.pages['/embed.js']).toEqual({ jsGzipKB: 3 });
	});

	it('passes a page within every mark, and checks only the pages measured', () => {
		const checks = checkBudget(budget, storyResults());
		expect(checks.length).toBe(10);
		expect(checks.every((check: { ok: boolean }) => check.ok)).toBe(true);
	});

	it('fails a figure over its mark, naming the page, the figure and the mark', () => {
		const results = storyResults({ jsGzipBytes: 50_001 });
		results.pages['/'].lighthouse.lcpMs = 2133;
		const failed = checkBudget(budget, results).filter((check: { ok: boolean }) => !check.ok);
		expect(failed.map(formatCheck)).toEqual([
			'✗ / JS, gzip: 50.0 kB (mark ≤ 50.0 kB)',
			'✗ / LCP: 2133 ms (mark ≤ 1000 ms)'
		]);
	});

	it('fails a score under its mark, and a figure that could not be measured', () => {
		const results = storyResults({ scroll: null });
		results.pages['/'].lighthouse.performance = 99;
		const failed = checkBudget(budget, results).filter((check: { ok: boolean }) => !check.ok);
		expect(failed.map(formatCheck)).toEqual([
			'✗ / Performance: 99 (mark ≥ 100)',
			'✗ / Scroll frame p95: not measured (mark ≤ 16.8 ms)',
			'✗ / Long tasks while scrolling: not measured (mark ≤ 0)'
		]);
	});
});
