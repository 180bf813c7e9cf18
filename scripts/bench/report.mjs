/** Medians per page, and the table printed on screen (`runs`: how many runs each figure is the median of). */
import { bytesFrom } from './lighthouse.mjs';
import { SCROLL } from './scroll.mjs';
import { median, round } from './stats.mjs';

/** A page's figures; a measurement the page does not get (null outcomes) is null. */
export function summarisePage(lighthouseOutcomes, scrollOutcomes) {
	const warnings = [...new Set((lighthouseOutcomes ?? []).flatMap((outcome) => outcome.warnings ?? []))];
	const lighthouseOk = (lighthouseOutcomes ?? []).filter((outcome) => outcome.values);
	const scrollOk = (scrollOutcomes ?? []).filter((outcome) => outcome.values);
	const network = bytesFrom(lighthouseOk[0]?.lhr);
	const medians = (outcomes, keys) =>
		Object.fromEntries(
			keys.map((key) => [key, round(median(outcomes.map((outcome) => outcome.values[key])), 4)])
		);
	const lighthouseKeys = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls'];
	const scrollKeys = [
		'p95FrameMs',
		'shareOver16_7',
		'longTasks',
		'longTaskMs',
		'frames',
		'durationMs',
		'maxFrameMs',
		'scrolledPx'
	];
	return {
		bytes: network?.bytes ?? null,
		requests: network?.requests ?? null,
		lighthouse: lighthouseOutcomes && {
			...medians(lighthouseOk, lighthouseKeys),
			ok: lighthouseOk.length,
			runs: lighthouseOutcomes.map((outcome) => outcome.values ?? { error: outcome.error })
		},
		scroll: scrollOutcomes && {
			...medians(scrollOk, scrollKeys),
			reachedBottom: scrollOk.length > 0 && scrollOk.every((outcome) => outcome.values.reachedBottom),
			ok: scrollOk.length,
			runs: scrollOutcomes.map((outcome) => outcome.values ?? { error: outcome.error })
		},
		warnings
	};
}

export function printTable({ pages: byPage }, runs) {
	const pages = Object.keys(byPage);
	const kib = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);
	/** The median, then (min–max) over the runs when they differ. */
	const spread =
		(section, key, digits, unit = '', scale = 1) =>
		(entry) => {
			const show = (value) => (value * scale).toFixed(digits);
			const middle = entry[section]?.[key];
			if (middle == null) return '–';
			const values = entry[section].runs.map((run) => run[key]).filter((value) => typeof value === 'number');
			const low = show(Math.min(...values));
			const high = show(Math.max(...values));
			const range = values.length > 1 && low !== high ? ` (${low}–${high})` : '';
			return `${show(middle)}${unit}${range}`;
		};
	const ofRuns = runs > 1 ? `, median of ${runs} (min–max)` : '';
	const BYTE_ROWS = [
		['JS', 'js'],
		['CSS', 'css'],
		['HTML', 'html'],
		['Fonts', 'font'],
		['Images', 'image'],
		['Other', 'other'],
		['Total', 'total']
	];
	const rows = [
		[
			'JavaScript loaded, gzip (kB)',
			(entry) => (entry.jsGzipBytes == null ? '–' : `${(entry.jsGzipBytes / 1000).toFixed(1)} kB`)
		],
		['Transfer, compressed (1st run)', null],
		...BYTE_ROWS.map(([label, key]) => [`  ${label}`, (entry) => kib(entry.bytes?.[key])]),
		['  Requests', (entry) => String(entry.requests ?? '–')],
		[`Lighthouse mobile${ofRuns}`, null],
		['  Performance', spread('lighthouse', 'performance', 0)],
		['  Accessibility', spread('lighthouse', 'accessibility', 0)],
		['  Best practices', spread('lighthouse', 'bestPractices', 0)],
		['  SEO', spread('lighthouse', 'seo', 0)],
		['  LCP', spread('lighthouse', 'lcpMs', 0, ' ms')],
		['  TBT', spread('lighthouse', 'tbtMs', 0, ' ms')],
		['  CLS', spread('lighthouse', 'cls', 3)],
		[`Scroll, ${SCROLL.cpuThrottlingRate}× CPU${ofRuns}`, null],
		['  Scroll duration', spread('scroll', 'durationMs', 2, ' s', 1 / 1000)],
		['  Frames', spread('scroll', 'frames', 0)],
		['  Frame interval p95', spread('scroll', 'p95FrameMs', 1, ' ms')],
		['  Frames over 16.7 ms', spread('scroll', 'shareOver16_7', 1, ' %', 100)],
		['  Longest frame', spread('scroll', 'maxFrameMs', 0, ' ms')],
		['  Long tasks', spread('scroll', 'longTasks', 0)],
		['  Long-task time', spread('scroll', 'longTaskMs', 0, ' ms')]
	];
	const cells = rows.map(([label, cell]) => [
		label,
		...pages.map((page) => (cell ? cell(byPage[page]) : ''))
	]);
	const header = ['', ...pages];
	const widths = header.map((_, column) => Math.max(...[header, ...cells].map((row) => row[column].length)));
	const line = (row) =>
		row
			.map((cell, column) => cell.padEnd(widths[column]))
			.join('   ')
			.trimEnd();
	console.log(`\n${line(header)}`);
	console.log(widths.map((width) => '─'.repeat(width)).join('   '));
	for (const row of cells) console.log(line(row));

	for (const page of pages) {
		const { lighthouse, scroll, warnings } = byPage[page];
		const errors = [
			...(lighthouse?.runs ?? []).filter((run) => run.error).map((run) => `Lighthouse: ${run.error}`),
			...(scroll?.runs ?? []).filter((run) => run.error).map((run) => `scroll: ${run.error}`)
		];
		if (scroll && scroll.ok > 0 && !scroll.reachedBottom)
			errors.push('scroll: did not reach the bottom of the page');
		for (const message of [...errors, ...warnings]) console.log(`! ${page}: ${message}`);
	}
}
