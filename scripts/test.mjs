#!/usr/bin/env node
/**
 * `npm test`: every layer, in order, stopping at the first that fails.
 *   1. static: Prettier and svelte-check;
 *   2. unit and component tests (vitest: node, and jsdom with @testing-library/svelte);
 *   3. the build, then tests over the prerendered HTML, then a second build that must be byte-identical;
 *   4. browser tests in real Chromium (Playwright), after finding or installing a Chromium.
 * It ends with the count of tests per layer and one closing line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './find-chromium.mjs';

const out = join('test-results', 'counts');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => join('node_modules', '.bin', name);
const counts = [];

/** Runs one layer. `count(status)` reads the layer's report into `counts`, whether it passed or failed. */
function run(label, command, args, { env = {}, count } = {}) {
	console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const before = counts.length;
	try {
		count?.(result.status);
	} catch {
		// no report: the layer stopped before it ran its tests
	}
	if (result.status !== 0) {
		if (counts.length === before || counts.slice(before).every((entry) => entry.failed === 0)) {
			counts.push({ layer: label, passed: 0, failed: 1 });
		}
		summary();
		console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
}

function vitestCounts(file, split) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	const layers = new Map();
	for (const suite of report.testResults) {
		const layer = split(suite.name);
		const entry = layers.get(layer) ?? { passed: 0, failed: 0 };
		for (const test of suite.assertionResults) {
			if (test.status === 'passed') entry.passed += 1;
			else if (test.status === 'failed') entry.failed += 1;
		}
		layers.set(layer, entry);
	}
	for (const [layer, entry] of layers) counts.push({ layer, ...entry });
}

function summary() {
	if (counts.length === 0) return;
	console.log('\nTests by layer');
	for (const { layer, passed, failed } of counts)
		console.log(`  ${layer.padEnd(22)} ${passed} passed, ${failed} failed`);
	const passed = counts.reduce((sum, entry) => sum + entry.passed, 0);
	const failed = counts.reduce((sum, entry) => sum + entry.failed, 0);
	console.log(`\n${passed} passed, ${failed} failed`);
}

run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
run('types', 'npm', ['run', '--silent', 'check']);

const unitReport = join(out, 'vitest.json');
run('unit and component tests', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${unitReport}`
]);
vitestCounts(unitReport, (name) => (name.endsWith('.svelte.test.ts') ? 'component (jsdom)' : 'unit (node)'));

run('build', bin('vite'), ['build']);
const buildReport = join(out, 'build.json');
run(
	'build tests',
	bin('vitest'),
	[
		'run',
		'--config',
		'vitest.build.config.ts',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${buildReport}`
	],
	{ count: () => vitestCounts(buildReport, () => 'build (prerendered)') }
);

// Builds again and compares every file: two builds of one commit must be byte-identical.
run('reproducible build', 'node', ['scripts/reproducible.mjs'], {
	count: (status) =>
		counts.push({ layer: 'reproducible build', passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 })
});

const chromium = await ensureChromium();
console.log(`\nChromium: ${chromium.path} (${chromium.how})`);
const browserReport = join(out, 'playwright.json');
run('browser tests', bin('playwright'), ['test', '--reporter=list,json'], {
	env: { CHROME_PATH: chromium.path, PLAYWRIGHT_JSON_OUTPUT_FILE: browserReport },
	count: () => {
		const { stats } = JSON.parse(readFileSync(browserReport, 'utf8'));
		counts.push({
			layer: 'browser (Chromium)',
			passed: stats.expected + stats.flaky,
			failed: stats.unexpected
		});
	}
});

summary();
