/**
 * Failing browsers: whatever happens in the middle of a transition (a resize or a rotation, leaving the
 * page and coming back through the back/forward cache), the chart ends in the active step's state, the
 * same as a fresh load of that step at that size, with no console error (fixtures.ts fails on any).
 * A zoom changes the CSS viewport as a resize does. Without IntersectionObserver the story unrolls as
 * it does without JavaScript. (A fast fling is in chart-states.spec.ts; a chart that throws in
 * StoryChart.svelte.test.ts.)
 */
import type { Page } from '@playwright/test';
import { STEP_DEFS } from '../../src/lib/story/steps';
import { CHROMIUM_ARGS, findSystemChromium } from '../../scripts/find-chromium.mjs';
import { chartRoot, chartSettled, openStep } from './chart-helpers';
import { expect, test, wheelToStep } from './fixtures';

// The back/forward cache on, as in a reader's browser (Playwright turns it off by default).
const chromium = findSystemChromium();
test.use({
	launchOptions: {
		...(chromium ? { executablePath: chromium.path } : {}),
		args: CHROMIUM_ARGS,
		ignoreDefaultArgs: ['--disable-back-forward-cache']
	}
});

/**
 * The chart's markup, less empty `style` attributes: a label nudged clear of another during a
 * transition and set back keeps a `style=""` that draws exactly as none.
 */
async function drawing(page: Page): Promise<string> {
	return (await chartRoot(page).innerHTML()).replaceAll(' style=""', '');
}

/** The chart as drawn at rest for step `n` when the page opens there at the current size. */
async function freshChart(page: Page, n: number): Promise<string> {
	await openStep(page, n);
	return drawing(page);
}

/** The active step's number and the chart at rest, once the page has settled. */
async function settledChart(page: Page): Promise<{ active: number; chart: string }> {
	await chartSettled(page);
	const id = (await page.locator('.step[aria-current="step"]').getAttribute('id')) ?? '';
	const active = Number(id.replace('step-', ''));
	await expect(chartRoot(page)).toHaveAttribute('data-step', String(active));
	return { active, chart: await drawing(page) };
}

test('a resize in the middle of a transition ends in the active step’s state, as a fresh load draws it', async ({
	page
}, testInfo) => {
	const size = page.viewportSize()!;
	// The phone turns sideways; the desktop window is made narrower.
	const other =
		testInfo.project.name === 'phone'
			? { width: size.height, height: size.width }
			: { width: 1024, height: 700 };
	await page.goto('./');
	await wheelToStep(page, 4);
	await chartSettled(page);
	await wheelToStep(page, 5);
	// At once, while the chart moves from step 4 to step 5.
	await page.setViewportSize(other);
	const { active, chart } = await settledChart(page);
	expect(active).toBeGreaterThanOrEqual(4);
	expect(chart).toBe(await freshChart(page, active));
	await page.setViewportSize(size);
});

test.describe(() => {
	test('back to the story from another page shows the step left, drawn in full', async ({ page }) => {
		await page.addInitScript(() => {
			addEventListener('pageshow', (event) => {
				(window as unknown as { restored?: boolean }).restored = event.persisted;
			});
		});
		await openStep(page, 6);
		const before = await drawing(page);
		await page.goto('present/');
		await expect(page.locator('.chart[data-step]')).toBeVisible();
		// A page from the cache fires no load event: wait for the navigation only.
		await page.goBack({ waitUntil: 'commit' });
		const { active, chart } = await settledChart(page);
		expect(await page.evaluate(() => (window as unknown as { restored?: boolean }).restored)).toBe(true);
		expect(active).toBe(6);
		expect(chart).toBe(before);
		await page.goForward({ waitUntil: 'commit' });
		await expect(page.locator('.chart[data-step]')).toBeVisible();
	});
});

test('without IntersectionObserver the story unrolls as without JavaScript: a chart in every step', async ({
	page
}) => {
	await page.addInitScript(() => {
		delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
	});
	await page.goto('./');
	await expect(page.locator('.graphic')).toBeHidden();
	await expect(page.locator('.static-chart')).toHaveCount(STEP_DEFS.length);
	for (const [index, { chart: state }] of STEP_DEFS.entries()) {
		const n = index + 1;
		const chart = page.locator(`#step-${n} .static-chart [data-step]`).first();
		await expect(chart, `step ${n}`).toBeVisible();
		await expect(chart).toHaveAttribute('data-scene', state.scene);
		await expect(chart).toHaveAttribute('data-view', state.view);
	}
	// The words and the tables are all there, and the menu still takes the reader to a chapter.
	await page.getByText('Chapters').click();
	await page.getByRole('link', { name: 'United Imaging', exact: true }).click();
	await expect(page).toHaveURL(/step=\d+/);
});
