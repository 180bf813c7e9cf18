#!/usr/bin/env node
/**
 * `npm run bench`: a meter, not a test. Builds the site, serves build/ (precompressed) on 127.0.0.1, then for
 * each page measures, on a phone profile:
 *   - bytes transferred by type and the request count (from the first Lighthouse run's network-requests audit);
 *   - Lighthouse mobile scores (0–100) and LCP, TBT, CLS: median of --runs runs, fresh Chromium each run;
 *   - scroll smoothness under 4× CPU throttling (Playwright, 390×844 @3×): rAF frame intervals and long tasks
 *     while a synthetic wheel gesture scrolls the page top to bottom at a constant speed; median of --runs runs.
 *   - the gzipped JavaScript each page loads (the scripts in that network log, sized from build/'s .gz files);
 *     a script file (`/embed.js`) is sized alone, with no browser.
 * Then it checks each figure against bench/budget.json's marks. Prints a table and the checks, and writes
 * bench/results/latest.json plus a timestamped copy. Exits 1 when a figure is over its mark or could not be
 * measured (build failed, page missing, every run of a measurement failed); 0 when every mark is met.
 * See bench/README.md.
 *
 *   node scripts/bench.mjs [--no-build] [--pages /,/zh/] [--runs 3] [--port 4185] [--budget bench/budget.json]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium, hasChineseFont } from './find-chromium.mjs';
import { serve } from './serve.mjs';
import { checkBudget, formatCheck, loadBudget, measurementsFor } from './bench/budget.mjs';
import { lighthouseRun, scriptPaths } from './bench/lighthouse.mjs';
import { printTable, summarisePage } from './bench/report.mjs';
import { SCROLL, scrollRun } from './bench/scroll.mjs';
import { median, seconds } from './bench/stats.mjs';

const BUILD_DIR = 'build';
const RESULTS_DIR = join('bench', 'results');

const { values: options } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		pages: { type: 'string' },
		runs: { type: 'string', default: '3' },
		port: { type: 'string', default: '4185' },
		budget: { type: 'string', default: join('bench', 'budget.json') },
		help: { type: 'boolean', short: 'h', default: false }
	}
});

if (options.help) {
	console.log(
		'Usage: npm run bench -- [--no-build] [--pages /,/zh/] [--runs 3] [--port 4185] [--budget bench/budget.json]'
	);
	process.exit(0);
}

const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number ≥ 1, not "${options.runs}".`);
let budget;
try {
	budget = loadBudget(options.budget);
} catch (error) {
	fail(`the budget: ${error.message}`);
}
/** The pages measured when --pages is not given: every page the budget has marks for. */
const pages = (options.pages ? options.pages.split(',') : Object.keys(budget.pages))
	.map(normalisePage)
	.filter(Boolean);
if (pages.length === 0) fail('--pages lists no page.');
/** A script file (`/embed.js`) is only weighed; a page is loaded in Chromium, and scrolled if its marks ask. */
const isFile = (page) => !page.endsWith('/');
const needs = (page) =>
	isFile(page)
		? { lighthouse: false, scroll: false }
		: page in budget.pages
			? { lighthouse: true, scroll: measurementsFor(budget.pages[page]).scroll }
			: { lighthouse: true, scroll: true };

// 1. Build.
if (options['no-build']) {
	if (!existsSync(join(BUILD_DIR, 'index.html')))
		fail(`--no-build, but there is no ${BUILD_DIR}/index.html: run \`npm run build\` (or drop --no-build).`);
	console.log(`Using the existing ${BUILD_DIR}/ (--no-build).`);
} else {
	process.stdout.write('Building (vite build)… ');
	const started = Date.now();
	const build = spawnSync(join('node_modules', '.bin', 'vite'), ['build'], { encoding: 'utf8' });
	if (build.status !== 0) {
		console.log('failed.\n');
		console.error(build.stdout, build.stderr);
		fail(`vite build failed (exit ${build.status ?? build.signal}).`);
	}
	console.log(`done in ${seconds(Date.now() - started)}.`);
}

const { path: chromePath, how } = await ensureChromium();
console.log(`Chromium: ${chromePath} (${how})`);
// Without a Chinese font the Chinese pages measure a search for glyphs no reader's device lacks.
const chineseFont = hasChineseFont();
if (!chineseFont)
	console.warn(
		'Warning: no Chinese font on this machine (fc-list :lang=zh): /zh/ measures slower than it is.'
	);

// 2. Serve.
const port = await freePort(Number(options.port));
const server = await serve({ port, base: '/', dir: BUILD_DIR });
const origin = `http://127.0.0.1:${port}`;
console.log(`Serving ${BUILD_DIR}/ at ${origin}/ — pages ${pages.join(', ')}, ${runs} run(s) each.\n`);

const results = { pages: {}, meta: {} };
let failed = false;
let browser;
try {
	for (const page of pages) {
		const response = await fetch(origin + page, { method: 'HEAD' });
		if (!response.ok) fail(`${page} is not in ${BUILD_DIR}/ (HTTP ${response.status}).`);
	}

	// 3a. Lighthouse, every page, every run (one Chromium per run, so no run inherits another's caches).
	const lighthouseRuns = new Map(pages.map((page) => [page, []]));
	for (const page of pages.filter((page) => needs(page).lighthouse)) {
		for (let run = 1; run <= runs; run += 1) {
			process.stdout.write(`Lighthouse ${page} run ${run}/${runs}… `);
			const started = Date.now();
			const outcome = await lighthouseRun(chromePath, origin + page);
			lighthouseRuns.get(page).push(outcome);
			console.log(outcome.error ? `failed: ${outcome.error}` : `done in ${seconds(Date.now() - started)}.`);
		}
	}

	// 3b. Scroll smoothness, every page, every run (one browser, a fresh context per run).
	browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true });
	const scrollRuns = new Map(pages.map((page) => [page, []]));
	for (const page of pages.filter((page) => needs(page).scroll)) {
		for (let run = 1; run <= runs; run += 1) {
			process.stdout.write(`Scroll ${page} run ${run}/${runs}… `);
			const started = Date.now();
			let outcome;
			try {
				outcome = await scrollRun(browser, origin + page);
			} catch (error) {
				outcome = { error: String(error?.message ?? error).split('\n')[0] };
			}
			scrollRuns.get(page).push(outcome);
			console.log(outcome.error ? `failed: ${outcome.error}` : `done in ${seconds(Date.now() - started)}.`);
		}
	}

	// 4. Summarise.
	for (const page of pages) {
		const { lighthouse: withLighthouse, scroll: withScroll } = needs(page);
		const entry = summarisePage(
			withLighthouse ? lighthouseRuns.get(page) : null,
			withScroll ? scrollRuns.get(page) : null
		);
		entry.jsGzipBytes = isFile(page)
			? gzipBytes(page)
			: sum(
					scriptPaths(lighthouseRuns.get(page).find((outcome) => outcome.lhr)?.lhr, origin)?.map(gzipBytes)
				);
		if ((withLighthouse && (!entry.lighthouse.ok || !entry.bytes)) || (withScroll && !entry.scroll.ok))
			failed = true;
		results.pages[page] = entry;
		const first = lighthouseRuns.get(page).find((outcome) => outcome.lhr);
		if (first) {
			mkdirSync(RESULTS_DIR, { recursive: true });
			writeFileSync(join(RESULTS_DIR, `lhr-${slug(page)}.json`), JSON.stringify(first.lhr));
		}
	}
	const anyLhr = [...lighthouseRuns.values()].flat().find((outcome) => outcome.lhr)?.lhr;
	results.meta = {
		date: new Date().toISOString(),
		commit: gitCommit(),
		chromium: browser.version(),
		chromiumPath: chromePath,
		chineseFont,
		node: process.version,
		lighthouse: packageVersion('lighthouse'),
		playwright: packageVersion('playwright-core'),
		runs,
		origin,
		profiles: {
			lighthouse: anyLhr
				? {
						formFactor: anyLhr.configSettings.formFactor,
						throttlingMethod: anyLhr.configSettings.throttlingMethod,
						throttling: anyLhr.configSettings.throttling,
						screenEmulation: anyLhr.configSettings.screenEmulation,
						benchmarkIndex: median(
							[...lighthouseRuns.values()].flat().map((outcome) => outcome.lhr?.environment?.benchmarkIndex)
						)
					}
				: null,
			scroll: SCROLL
		},
		bytesFrom: 'first Lighthouse run, network-requests audit (transferSize by resourceType)',
		jsGzipFrom:
			"the first Lighthouse run's Script requests to our origin, each sized by its .gz file in build/",
		budget: options.budget,
		scores: '0–100',
		medians: 'per metric, over the runs that succeeded'
	};
} finally {
	await browser?.close().catch(() => {});
	await new Promise((done) => server.close(done));
}

// 5. Check the marks, print and write.
const checks = checkBudget(budget, results);
results.budget = checks;
printTable(results, runs);
if (checks.length > 0) {
	console.log(`\nMarks (${options.budget}):`);
	for (const check of checks) console.log(formatCheck(check));
}
mkdirSync(RESULTS_DIR, { recursive: true });
const json = `${JSON.stringify(results, null, '\t')}\n`;
const stamped = join(RESULTS_DIR, `${results.meta.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
writeFileSync(join(RESULTS_DIR, 'latest.json'), json);
writeFileSync(stamped, json);
console.log(`\nWrote ${join(RESULTS_DIR, 'latest.json')} and ${stamped}.`);
const over = checks.filter((check) => !check.ok);
if (failed) console.error('Some measurements failed entirely: see the errors above and in the JSON.');
if (over.length > 0)
	console.error(`${over.length} of ${checks.length} marks missed:\n${over.map(formatCheck).join('\n')}`);
else if (checks.length > 0) console.log(`All ${checks.length} marks met.`);
if (failed || over.length > 0) process.exit(1);

function normalisePage(page) {
	const trimmed = page.trim();
	if (!trimmed) return '';
	const withLead = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
	return withLead.endsWith('/') || /\.[a-z0-9]+$/i.test(withLead) ? withLead : `${withLead}/`;
}

/** The gzipped size of a file of build/, from the .gz the build wrote beside it (or gzipped here). */
function gzipBytes(pathname) {
	const file = join(BUILD_DIR, decodeURIComponent(pathname));
	if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
	if (!existsSync(file)) fail(`${pathname} is not in ${BUILD_DIR}/.`);
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The sum, or null when there was nothing to add up (the measurement failed). */
function sum(numbers) {
	return numbers ? numbers.reduce((total, number) => total + number, 0) : null;
}

function slug(page) {
	return page.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'root';
}

/** The preferred port if it is free, else any free one. */
function freePort(preferred) {
	const attempt = (port) =>
		new Promise((resolve, reject) => {
			const probe = createServer();
			probe.once('error', reject);
			probe.listen(port, '127.0.0.1', () => {
				const { port: bound } = /** @type {import('node:net').AddressInfo} */ (probe.address());
				probe.close(() => resolve(bound));
			});
		});
	return attempt(preferred).catch(() => attempt(0));
}

function gitCommit() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
	} catch {
		return null;
	}
}

function packageVersion(name) {
	try {
		return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version;
	} catch {
		return null;
	}
}

function fail(message) {
	console.error(`bench: ${message}`);
	process.exit(1);
}
