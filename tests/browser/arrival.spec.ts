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

/**
 * The places in a page's HTML where a slow connection may end a piece: after each tag, and one
 * character into and one short of the end of each run of text (a word cut short, as "Chi" for
 * "China"). Styles, scripts and what only a reader without JavaScript gets are left whole.
 */
function piecesOf(html: string): number[] {
	const masked = html.replace(/<(style|script|noscript)\b[\s\S]*?<\/\1>/g, (whole) =>
		' '.repeat(whole.length)
	);
	const body = masked.indexOf('<body');
	const cuts = new Set<number>();
	for (const match of masked.slice(body).matchAll(/>([^<]*)</g)) {
		const start = body + match.index + 1;
		cuts.add(start);
		const first = match[1]!.search(/\S/);
		const end = match[1]!.trimEnd().length;
		if (first >= 0 && end - first >= 2) cuts.add(start + first + 1).add(start + end - 1);
	}
	return [...cuts].sort((a, b) => a - b);
}

/**
 * Feeds the page to the browser's own parser one piece at a time (`document.write`), laying it out
 * after each as a paint would, and returns what moved while shown in the viewport: each element and
 * text that sat in one place after a piece and elsewhere after the next. Stops measuring once the
 * page reaches two screens down; what comes later is tested at the speed of a slow link above.
 */
function movedWhileWritten({ html, cuts }: { html: string; cuts: number[] }): string[] {
	const moved: string[] = [];
	const seen = new Map<Node, { x: number; y: number; at: number }>();
	const watched = new Set<Node>();
	const pending = new Set<Node>();
	const observer = new MutationObserver(() => {});
	const rectOf = (node: Node) => {
		if (node.nodeType === Node.ELEMENT_NODE) return (node as Element).getBoundingClientRect();
		if (!node.textContent?.trim()) return undefined;
		const range = document.createRange();
		range.selectNodeContents(node);
		return range.getClientRects()[0];
	};
	const name = (node: Node) => {
		const element = node instanceof Element ? node : node.parentElement!;
		const label = `${element.localName}.${(element.getAttribute('class') ?? '').split(' ')[0]}`;
		return node instanceof Element ? label : `"${node.textContent!.trim().slice(0, 24)}" in ${label}`;
	};
	let written = 0;
	let last = -1;
	for (const cut of cuts) {
		document.write(html.slice(written, cut));
		written = cut;
		if (!document.body) continue;
		if (last < 0) {
			observer.observe(document, { childList: true, subtree: true });
			for (const node of document.body.querySelectorAll('*')) pending.add(node);
		}
		const height = document.documentElement.clientHeight;
		const width = document.documentElement.clientWidth;
		const inView = (rect: DOMRect | undefined): boolean =>
			!!rect &&
			rect.width > 0 &&
			rect.height > 0 &&
			rect.bottom > 0 &&
			rect.top < height &&
			rect.right > 0 &&
			rect.left < width;
		for (const record of observer.takeRecords()) for (const node of record.addedNodes) pending.add(node);
		let beyond = false;
		for (const node of pending) {
			const element = node instanceof Element ? node : node.parentElement;
			if (!node.isConnected || !element || element.closest('head, noscript, script, style')) {
				pending.delete(node);
				continue;
			}
			const rect = rectOf(node);
			if (inView(rect)) {
				watched.add(node);
				pending.delete(node);
			} else if (rect && rect.height > 0 && rect.top > 2 * height) beyond = true;
		}
		if (beyond) break;
		for (const node of watched) {
			const rect = rectOf(node);
			const element = node instanceof Element ? node : node.parentElement!;
			if (
				!rect ||
				!inView(rect) ||
				!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
			)
				continue;
			const before = seen.get(node);
			if (
				before &&
				before.at === last &&
				(Math.abs(before.x - rect.x) > 1 || Math.abs(before.y - rect.y) > 1)
			)
				moved.push(`${name(node)} moved after ${JSON.stringify(html.slice(before.at - 30, before.at))}`);
			seen.set(node, { x: rect.x, y: rect.y, at: cut });
		}
		last = cut;
	}
	document.write(html.slice(written));
	document.close();
	return moved;
}

// Quick enough to write every chart embed in both editions.
const WRITTEN = [...PAGES, ...SCENES.map((scene) => `zh/embed/${scene}/`)];

for (const path of WRITTEN) {
	test(`/${path.replace('./', '')} arriving a few characters at a time: nothing on its first screens moves`, async ({
		page
	}) => {
		const html = await (await page.request.get(path)).text();
		// An empty page at the page's address to write into, and no island script to bring it to life.
		await page.route(
			(url) => url.pathname.endsWith('/'),
			(route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title></title>' })
		);
		await page.route('**/_app/immutable/islands/**', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: '' })
		);
		await page.goto(path);
		const moved = await page.evaluate(movedWhileWritten, { html, cuts: piecesOf(html) });
		expect(moved, 'what moved while the page was written a piece at a time').toEqual([]);
	});
}
