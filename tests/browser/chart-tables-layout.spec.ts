/**
 * What stands beside the sticky chart, in Chromium on a phone and a desktop: each chart's data table
 * (once per scene, keyboard-operable, with a caption and scoped headers, the same rows as its CSV),
 * the chart's layout at 320 px and at the project's size (no sideways scrolling, no label cut off at
 * the chart's edge, no two words overlapping), and axe in the light and the dark theme.
 */
import { axeViolations } from './a11y-helpers';
import type { Page } from '@playwright/test';
import en from '../../src/lib/i18n/copy/en';
import {
	chartRoot,
	expectedLabel,
	firstStepOf,
	listedSources,
	openStep,
	overlappingWords,
	press,
	SCENES,
	sceneCsv,
	seriesName,
	STATUS_WORDS,
	stepNumber,
	stepsOf
} from './chart-helpers';
import { expect, test } from './fixtures';

test('every chart has exactly one data table, in the first step that shows it', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('details[data-table]')).toHaveCount(SCENES.length);
	for (const scene of SCENES) {
		await expect(page.locator(`details[data-table="${scene}"]`), scene).toHaveCount(1);
		await expect(
			page.locator(`#step-${firstStepOf(scene)} details[data-table="${scene}"]`),
			scene
		).toHaveCount(1);
	}
});

for (const scene of SCENES) {
	test(`the ${scene} table opens from the keyboard or a click, and has its CSV's rows, values and sources`, async ({
		page
	}, testInfo) => {
		const n = firstStepOf(scene);
		await openStep(page, n);
		const details = page.locator(`details[data-table="${scene}"]`);
		const summary = details.locator('summary');
		const table = details.locator('table');
		await expect(summary).toHaveText('The chart’s data as a table');
		await expect(table).toBeHidden();

		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(details).toHaveAttribute('open');
		await expect(table).toBeVisible();
		await press(summary, testInfo);
		await expect(table).toBeHidden();
		await press(summary, testInfo);
		await expect(table).toBeVisible();

		// The caption names the chart, as its title does.
		await expect(table.locator('caption')).toHaveText(en.scenes[scene].title);
		await expect(chartRoot(page).locator('.head > .title')).toHaveText(en.scenes[scene].title);
		const headers = table.locator('thead th');
		await expect(headers).toHaveText(['Measure', 'Date', 'Value', 'Status', 'Source']);
		for (const header of await headers.all()) await expect(header).toHaveAttribute('scope', 'col');

		// The same rows, in the same order, as the CSV the link downloads.
		const link = details.getByRole('link', { name: 'Download the data (CSV)' });
		await expect(link).toHaveAttribute('download', `${scene}.csv`);
		const href = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
		expect(new URL(href).pathname).toMatch(new RegExp(`/data/${scene}\\.csv$`));
		const rows = await sceneCsv(page.request, scene, href);
		expect(rows.length, `data/${scene}.csv has rows`).toBeGreaterThan(0);
		const trs = table.locator('tbody tr');
		await expect(trs).toHaveCount(rows.length);
		expect(await trs.evaluateAll((list) => list.map((tr) => tr.getAttribute('data-figure')))).toEqual(
			rows.map((row) => row.id)
		);

		// Each row: its measure as a row header, then date, value, status and source as the CSV has them.
		const sources = await listedSources(page);
		const shown = await trs.evaluateAll((list) =>
			list.map((tr) => ({
				header: [...tr.querySelectorAll('th')].map((th) => `${th.getAttribute('scope')}: ${th.textContent}`),
				first: tr.firstElementChild?.tagName,
				cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())
			}))
		);
		expect(shown).toEqual(
			rows.map((row) => ({
				header: [`row: ${seriesName(row.series)}`],
				first: 'TH',
				cells: [
					expect.stringMatching(/\S/),
					row.value === '' ? expect.stringMatching(/\S/) : expectedLabel(row),
					STATUS_WORDS[row.status] ?? `no words for ${row.status}`,
					sources.get(row.source_id)?.publisher || `a listed source "${row.source_id}"`
				]
			}))
		);
		for (const row of rows) {
			expect(sources.get(row.source_id)?.url, `the source list links where ${row.id} comes from`).toBe(
				row.source_url
			);
		}
	});
}

/** The chart's words: mark labels, axis ticks, names, and the titles and notes of its panels. */
const LABELS = '.label, .tick, .name, .title, .panel-title, .note';

/** Labels in the chart (visible ones) that reach outside the chart's box by more than a pixel. */
function labelsOutsideTheChart(page: Page) {
	return chartRoot(page).evaluate((root, selector) => {
		const frame = root.getBoundingClientRect();
		const outside: string[] = [];
		let checked = 0;
		for (const element of root.querySelectorAll<HTMLElement>(selector)) {
			if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			const own = element.getBoundingClientRect();
			const range = document.createRange();
			range.selectNodeContents(element);
			const text = range.getBoundingClientRect();
			const boxes = [own, text].filter((box) => box.width > 0 || box.height > 0);
			if (boxes.length === 0) continue;
			checked++;
			const left = Math.min(...boxes.map((box) => box.left));
			const right = Math.max(...boxes.map((box) => box.right));
			if (left < frame.left - 1 || right > frame.right + 1) {
				outside.push(
					`"${element.textContent?.trim()}" (.${element.className.split(' ')[0]}) spans ` +
						`${Math.round(left)}–${Math.round(right)} px, the chart ${Math.round(frame.left)}–${Math.round(frame.right)} px`
				);
			}
		}
		return { checked, outside };
	}, LABELS);
}

for (const [edition, scene] of [
	...SCENES.map((scene) => ['./', scene] as const),
	...SCENES.map((scene) => ['zh/', scene] as const)
]) {
	const named = edition === './' ? `the ${scene} chart` : `the Chinese ${scene} chart`;
	test(`${named} fits a 320 px screen and the project's own: no sideways scroll, no label cut off, none overlapping another`, async ({
		page
	}, testInfo) => {
		test.slow(); // a load and three measures for each step of the scene, at two sizes
		const own = testInfo.project.use.viewport ?? { width: 1440, height: 900 };
		let labels = 0;
		for (const size of [{ width: 320, height: 640 }, own]) {
			await page.setViewportSize(size);
			for (const n of stepsOf(scene)) {
				await openStep(page, n, edition);
				const where = `${edition} step ${n} at ${size.width}×${size.height}`;
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect.soft(overflow, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
				const { checked, outside } = await labelsOutsideTheChart(page);
				labels += checked;
				expect.soft(outside, where).toEqual([]);
				const words = await overlappingWords(chartRoot(page));
				expect.soft(words.overlaps, `${where}: words overlap`).toEqual([]);
				expect(words.checked, `${where}: words were measured`).toBeGreaterThan(0);
			}
		}
		expect(labels, 'labels were measured').toBeGreaterThan(0);
	});
}

/** The page's background, as the sum of its red, green and blue: near 0 is dark, near 765 light. */
const backgroundLightness = (page: Page) =>
	page.evaluate(() =>
		(getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? [])
			.slice(0, 3)
			.reduce((sum, channel) => sum + Number(channel), 0)
	);

for (const stepId of [
	'award-ceremony',
	'sei-2017',
	'shares-rd-conflict',
	'ic-check',
	'xiaodu-now',
	'ui-revenue'
] as const) {
	const n = stepNumber(stepId);
	test(`axe finds no WCAG 2.2 A or AA violation in the dark theme at step ${n}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await openStep(page, n);
		expect(await backgroundLightness(page), 'the page is dark').toBeLessThan(150);
		expect(await axeViolations(page)).toEqual([]);
	});
}

for (const scene of SCENES) {
	const n = firstStepOf(scene);
	test(`axe finds no WCAG 2.2 A or AA violation in the light theme on the ${scene} chart (step ${n})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await openStep(page, n);
		expect(await backgroundLightness(page), 'the page is light').toBeGreaterThan(600);
		expect(await axeViolations(page)).toEqual([]);
	});
}
