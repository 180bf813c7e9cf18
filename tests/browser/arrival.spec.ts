/**
 * A page that arrives slowly does not move under the reader. On a slow connection the browser paints
 * each piece of the HTML as it comes in: a card without its last lines, a chart without its legend, a
 * slide without its controls. Nothing painted then may move when the rest arrives (no layout shift
 * before the page is parsed). Chromium's own network throttling delivers the pages in pieces. Nor may
 * anything move when the page's script brings it to life (a timeline fitting its labels, once).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SCENES } from './chart-helpers';

/** A slow mobile connection: about 400 kbit/s down, with the latency of a mobile network. */
const SLOW = { offline: false, latency: 150, downloadThroughput: 50_000, uploadThroughput: 50_000 };

interface Shift {
	value: number;
	at: number;
	moved: string[];
}

/** Records, in the page, every layout shift from the start, with the elements it moved. */
async function recordShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const shifts: Shift[] = [];
		(window as unknown as { shifts: Shift[] }).shifts = shifts;
		const describe = (node: Node | null) => {
			if (!(node instanceof Element)) return node?.nodeName ?? 'a node no longer in the page';
			return `${node.localName}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')}`;
		};
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as Array<
				PerformanceEntry & { value: number; sources?: Array<{ node: Node | null }> }
			>) {
				shifts.push({
					value: entry.value,
					at: entry.startTime,
					moved: (entry.sources ?? []).map((source) => describe(source.node))
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * Opens `path` over the slow connection and returns the layout shifts that began before the page was
 * parsed (DOMContentLoaded), each with the elements it moved.
 */
async function shiftsWhileArriving(page: Page, path: string): Promise<Shift[]> {
	await recordShifts(page);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', SLOW);
	await page.goto(path, { waitUntil: 'domcontentloaded', timeout: 45_000 });
	await cdp.send('Network.emulateNetworkConditions', {
		...SLOW,
		latency: 0,
		downloadThroughput: -1,
		uploadThroughput: -1
	});
	return page.evaluate(() => {
		const parsed = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const shifts = (window as unknown as { shifts: Shift[] }).shifts;
		return shifts.filter((shift) => shift.at <= parsed.domContentLoadedEventStart);
	});
}

// Uncompressed, so the pieces are small: a few kilobytes of HTML at a time, a paint after each.
test.use({ extraHTTPHeaders: { 'accept-encoding': 'identity' } });

const PAGES = ['./', 'zh/', 'present/', 'embed/', ...SCENES.map((scene) => `embed/${scene}/`)];

for (const path of PAGES) {
	test(`/${path.replace('./', '')} arriving slowly: nothing painted moves when the rest of the page comes in`, async ({
		page
	}) => {
		test.slow();
		const shifts = await shiftsWhileArriving(page, path);
		expect(shifts, 'layout shifts before the page was parsed').toEqual([]);
	});
}

for (const path of PAGES) {
	test(`/${path.replace('./', '')} coming to life: nothing moves when its script takes over the page`, async ({
		page
	}) => {
		await recordShifts(page);
		await page.goto(path);
		// The script is in and has run once the network is quiet; a moment more for its first frames.
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
		expect(shifts, 'layout shifts while the page came to life').toEqual([]);
	});
}
