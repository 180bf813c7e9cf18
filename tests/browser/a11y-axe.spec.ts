/**
 * The axe matrix: axe's WCAG 2.0, 2.1 and 2.2 A and AA rules find nothing on any page (the story, the
 * embed stepper, every chart embed, present mode, in both editions), in each project's size (phone and
 * desktop), in the light and the dark theme, with JavaScript on and off; and nothing on any present-mode
 * slide, with the teacher's notes open, in both themes and both editions.
 */
import type { Page } from '@playwright/test';
import { STEP_DEFS } from '../../src/lib/story/steps';
import { ALL_PAGES, axeViolations, serveAsWithoutJavaScript } from './a11y-helpers';
import { expect, test } from './fixtures';

const THEMES = ['light', 'dark'] as const;

/** The page at rest: loaded, hydrated when scripts run, fonts in, no transition under way. */
async function openAtRest(page: Page, path: string, javaScript: boolean): Promise<void> {
	await page.goto(path);
	if (javaScript) await expect(page.locator('[data-step]').first()).toBeAttached();
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const path of ALL_PAGES) {
	test(`axe: /${path} in both themes, with JavaScript on and off`, async ({ browser, baseURL }, testInfo) => {
		test.slow();
		const found: string[] = [];
		for (const javaScript of [true, false]) {
			for (const colorScheme of THEMES) {
				const context = await browser.newContext({
					...testInfo.project.use,
					baseURL,
					colorScheme,
					reducedMotion: 'reduce'
				});
				const page = await context.newPage();
				if (!javaScript) await serveAsWithoutJavaScript(page);
				await openAtRest(page, path, javaScript);
				const mode = `${colorScheme}, JavaScript ${javaScript ? 'on' : 'off'}`;
				found.push(...(await axeViolations(page)).map((line) => `${mode}: ${line}`));
				await context.close();
			}
		}
		expect(found).toEqual([]);
	});
}

test('the page served for the JavaScript-off scans reads as a browser without JavaScript shows it', async ({
	browser,
	baseURL
}) => {
	test.slow();
	const real = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const served = await browser.newContext({ baseURL });
	const realPage = await real.newPage();
	const servedPage = await served.newPage();
	await serveAsWithoutJavaScript(servedPage);
	for (const path of ALL_PAGES) {
		await realPage.goto(path);
		await servedPage.goto(path);
		const words = await realPage.locator('body').innerText();
		expect(words.length, path).toBeGreaterThan(100);
		expect(await servedPage.locator('body').innerText(), path).toBe(words);
	}
	await real.close();
	await served.close();
});

test.describe('every present-mode slide', () => {
	test.skip(({ isMobile }) => isMobile, 'present mode is for a projector: the desktop project');

	for (const edition of ['', 'zh/']) {
		for (const colorScheme of THEMES) {
			test(`axe: every slide of /${edition}present/ in the ${colorScheme} theme, notes open`, async ({
				page
			}) => {
				test.slow();
				await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
				await page.goto(`${edition}present/`);
				const chart = page.locator('.chart[data-step]');
				await expect(chart).toHaveAttribute('data-step', '1');
				// The keys work once the page is live; a key pressed before that is not heard.
				await expect(page.locator('.present')).toHaveAttribute('data-ready', 'true');
				await page.keyboard.press('n');
				await expect(page.locator('.notes')).toBeVisible();
				const found: string[] = [];
				for (let n = 1; n <= STEP_DEFS.length; n++) {
					await expect(chart).toHaveAttribute('data-step', String(n));
					found.push(...(await axeViolations(page)).map((line) => `slide ${n}: ${line}`));
					await page.keyboard.press('PageDown');
				}
				expect(found).toEqual([]);
			});
		}
	}
});
