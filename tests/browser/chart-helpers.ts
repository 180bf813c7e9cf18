/**
 * Helpers for the chart tests: the steps by id, each chart's CSV as the build serves it, the label a
 * CSV row should print as, the source list's entries, and ways to reach a mark with the mouse or a
 * finger while the step cards float over the chart on a phone.
 */
import type { APIRequestContext, Locator, Page, TestInfo } from '@playwright/test';
import en from '../../src/lib/i18n/copy/en';
import { SCENES, STEP_DEFS, type SceneId } from '../../src/lib/story/steps';
import { expect } from './fixtures';

export { SCENES, STEP_DEFS, type SceneId };

/** The 1-based number of the step with this id. */
export function stepNumber(id: (typeof STEP_DEFS)[number]['id']): number {
	return STEP_DEFS.findIndex((step) => step.id === id) + 1;
}

/** The 1-based number of the first step that shows a scene (the one that carries its data table). */
export function firstStepOf(scene: SceneId): number {
	return STEP_DEFS.findIndex((step) => step.chart.scene === scene) + 1;
}

/** The 1-based numbers of every step that shows a scene. */
export function stepsOf(scene: SceneId): number[] {
	return STEP_DEFS.flatMap((step, index) => (step.chart.scene === scene ? [index + 1] : []));
}

/** The status words a reader sees, by status. */
export const STATUS_WORDS: Record<string, string> = {
	reported: 'as reported in the article',
	official: 'published by the source',
	derived: 'derived by us',
	conflicting: 'sources disagree'
};

/** The columns every chart's CSV has, in order. */
export const CSV_COLUMNS = [
	'id',
	'series',
	'entity',
	'period',
	'value',
	'unit',
	'qualifier',
	'event',
	'status',
	'source_id',
	'source_url'
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** Parses CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let at = 0; at < text.length; at++) {
		const char = text[at];
		if (quoted) {
			if (char === '"' && text[at + 1] === '"') {
				field += '"';
				at++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			record.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[at + 1] === '\n') at++;
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += char;
	}
	if (field !== '' || record.length > 0) {
		record.push(field);
		records.push(record);
	}
	return records;
}

/**
 * A scene's CSV as the build serves it at `data/<scene>.csv` (or at `url`). Fails unless it answers 200 with a CSV
 * content type, its header is the expected one, and every row has as many fields as the header.
 */
export async function sceneCsv(
	request: APIRequestContext,
	scene: SceneId,
	url = `data/${scene}.csv`
): Promise<CsvRow[]> {
	const response = await request.get(url);
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type'], url).toMatch(/^text\/csv\b/);
	const [header, ...rows] = parseCsv(await response.text());
	expect(header, `data/${scene}.csv header`).toEqual([...CSV_COLUMNS]);
	return rows.map((fields, index) => {
		expect(fields.length, `data/${scene}.csv row ${index + 2} has one field per column`).toBe(
			CSV_COLUMNS.length
		);
		return Object.fromEntries(CSV_COLUMNS.map((column, at) => [column, fields[at] ?? ''])) as CsvRow;
	});
}

/** One row of a scene's CSV, by id. */
export async function csvRow(request: APIRequestContext, scene: SceneId, id: string): Promise<CsvRow> {
	const row = (await sceneCsv(request, scene)).find((candidate) => candidate.id === id);
	if (!row) throw new Error(`data/${scene}.csv has no row "${id}"`);
	return row;
}

/**
 * The label a figure's CSV row should print as: the number with the decimals the CSV writes it with,
 * grouped the English way, in the copy's unit and qualifier words ("more than 40 million households").
 */
export function expectedLabel(row: CsvRow): string {
	const decimals = row.value.split('.')[1]?.length ?? 0;
	const number = new Intl.NumberFormat(en.locale, {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(Number(row.value));
	const unit = (en.units as Record<string, string>)[row.unit];
	if (unit === undefined) throw new Error(`the copy has no words for the unit "${row.unit}"`);
	const withUnit = unit.replace('{n}', number);
	if (row.qualifier === '') return withUnit;
	const qualifier = (en.qualifiers as Record<string, string>)[row.qualifier];
	if (qualifier === undefined) throw new Error(`the copy has no words for "${row.qualifier}"`);
	return qualifier.replace('{x}', withUnit);
}

/** The series' name in the copy. */
export function seriesName(series: string): string {
	const name = (en.series as Record<string, string>)[series];
	if (name === undefined) throw new Error(`the copy has no name for the series "${series}"`);
	return name;
}

/** A source as the page's source list gives it. */
export interface ListedSource {
	title: string;
	publisher: string;
	url: string;
}

/**
 * Every source of the page's source list by id, read from its entries ("<title>. <publisher>, <date>.
 * (<grade>)"); a publisher that cannot be read is an empty string.
 */
export async function listedSources(page: Page): Promise<Map<string, ListedSource>> {
	const entries = await page.locator('#sources li[id^="source-"]').evaluateAll((items) =>
		items.map((item) => {
			const link = item.querySelector('a');
			const title = (link?.textContent ?? '').trim();
			const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
			const rest = text.startsWith(`${title}. `) ? text.slice(`${title}. `.length) : '';
			const publisher = /^(.*), [^,]*\. \([^)]*\)$/.exec(rest)?.[1] ?? '';
			return [
				item.id.slice('source-'.length),
				{ title, publisher, url: link?.getAttribute('href') ?? '' }
			] as const;
		})
	);
	expect(entries.length, 'the page lists its sources').toBeGreaterThan(0);
	return new Map(entries);
}

/** One source of the page's source list. */
export async function listedSource(page: Page, id: string): Promise<ListedSource> {
	const source = (await listedSources(page)).get(id);
	expect(source, `the source list has "${id}"`).toBeDefined();
	expect(source?.publisher, `the source list gives the publisher of "${id}"`).not.toBe('');
	return source ?? { title: '', publisher: '', url: '' };
}

/** The sticky chart's root. */
export const chartRoot = (page: Page) => page.locator('.graphic [data-step]');

/** The chart's details panel, whichever mark it shows. */
export const detailsPanel = (page: Page) => chartRoot(page).locator('[data-details]');

/** Waits until the chart stops changing (its tweens have finished). */
export async function chartSettled(page: Page): Promise<void> {
	let last = '';
	await expect
		.poll(
			async () => {
				const now = await chartRoot(page).innerHTML();
				const same = now === last;
				last = now;
				return same;
			},
			{ message: 'the chart stops moving', intervals: [200], timeout: 10_000 }
		)
		.toBe(true);
}

/** Opens the story at step `n` with `?step=N`, and waits until the chart shows it and stands still. */
export async function openStep(page: Page, n: number, edition = './'): Promise<void> {
	await page.goto(`${edition}?step=${n}`);
	await expect(page.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
	await expect(chartRoot(page)).toHaveAttribute('data-step', String(n));
	await chartSettled(page);
}

/**
 * A point on the mark, relative to its box, where a pointer would really reach it: on the phone the step
 * cards lie over the chart. Null when no point of the mark is uncovered and in the viewport.
 */
async function reachablePoint(mark: Locator): Promise<{ x: number; y: number } | null> {
	return mark.evaluate((element) => {
		const box = element.getBoundingClientRect();
		for (const fy of [0.5, 0.75, 0.25, 0.9, 0.1]) {
			for (const fx of [0.5, 0.25, 0.75]) {
				const x = box.left + box.width * fx;
				const y = box.top + box.height * fy;
				if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
				const hit = document.elementFromPoint(x, y);
				if (hit && element.contains(hit)) return { x: x - box.left, y: y - box.top };
			}
		}
		return null;
	});
}

/**
 * Puts the pointer on a mark of step `n`'s chart as a reader would: the mouse hovers on desktop, a
 * finger taps on the phone. If a step card covers the whole mark, scrolls a little, as a reader would,
 * without leaving the step.
 */
export async function pointAt(page: Page, n: number, mark: Locator, testInfo: TestInfo): Promise<void> {
	const height = page.viewportSize()?.height ?? 800;
	for (const shift of [0, -0.2, 0.4, -0.6, 0.8]) {
		if (shift !== 0) {
			await page.evaluate((by) => window.scrollBy(0, by), shift * height);
			await expect(page.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
		}
		const position = await reachablePoint(mark);
		if (!position) continue;
		if (testInfo.project.name === 'phone') await mark.tap({ position });
		else await mark.hover({ position });
		return;
	}
	throw new Error(`no point of the mark is reachable at step ${n}`);
}

/** A tap on the phone, a click on desktop. */
export async function press(locator: Locator, testInfo: TestInfo): Promise<void> {
	if (testInfo.project.name === 'phone') await locator.tap();
	else await locator.click();
}

/** The words a chart prints: mark labels, axis ticks and units, names, titles, keys, notes and legend. */
export const CHART_WORDS =
	'.label, .tick, .name, .title, .panel-title, .note, .value, .unit, .key > *, .legend li, .card';

/**
 * Pairs of visible words in a chart whose text overlaps by more than a pixel each way, named by their
 * text. The boxes measured are the text's own (one per line), so an empty stem or a padded box
 * around a label does not count, and a word inside another (a date in its label) is not compared.
 */
export function overlappingWords(root: Locator): Promise<{ checked: number; overlaps: string[] }> {
	return root.evaluate((element, selector) => {
		const shown = [...element.querySelectorAll<HTMLElement>(selector)].filter((word) =>
			word.checkVisibility({ opacityProperty: true, visibilityProperty: true })
		);
		const boxes = shown.map((word) => {
			const lines: DOMRect[] = [];
			const walk = document.createTreeWalker(word, NodeFilter.SHOW_TEXT);
			for (let node = walk.nextNode(); node; node = walk.nextNode()) {
				if (!node.textContent?.trim()) continue;
				const parent = node.parentElement;
				if (parent && !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				lines.push(...[...range.getClientRects()].filter((box) => box.width > 1 && box.height > 1));
			}
			return { word, lines };
		});
		const overlaps: string[] = [];
		const name = (word: HTMLElement) => `"${word.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				if (a.word.contains(b.word) || b.word.contains(a.word)) continue;
				const hit = a.lines.some((p) =>
					b.lines.some(
						(q) =>
							Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
							Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1
					)
				);
				if (hit) overlaps.push(`${name(a.word)} × ${name(b.word)}`);
			}
		}
		return { checked: boxes.filter((box) => box.lines.length > 0).length, overlaps };
	}, CHART_WORDS);
}
