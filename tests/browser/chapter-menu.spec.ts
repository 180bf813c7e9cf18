/**
 * The chapter menu in Chromium on a phone (tap) and a desktop (mouse), and from the keyboard: a jump
 * scrolls to the chapter's step, puts `?step=N` in the address without adding history, and takes the
 * chart straight there, even when a busy phone starts the scroll late.
 */
import type { Page } from '@playwright/test';
import { chartRoot, firstStepOf, press } from './chart-helpers';
import { expect, recordCurrentSteps, test } from './fixtures';

const UI_STEP = firstStepOf('united-imaging');

async function expectJumpedToUnitedImaging(page: Page, historyBefore: number): Promise<void> {
	await expect(page).toHaveURL((url) => url.search === `?step=${UI_STEP}`);
	await expect(page.locator(`#step-${UI_STEP}`)).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	// A smooth scroll of some 15,000 px: seconds on a busy machine, however early it starts.
	await expect(page.locator(`#step-${UI_STEP}`)).toBeInViewport({ timeout: 15_000 });
	await expect(chartRoot(page)).toHaveAttribute('data-scene', 'united-imaging');
	await expect(chartRoot(page)).toHaveAttribute('data-step', String(UI_STEP));
	await expect(page.locator('nav details')).not.toHaveAttribute('open');
	await expect(page.locator('nav a[aria-current="location"]')).toHaveText('United Imaging');
	expect(await page.evaluate(() => history.length), 'the jump replaced the address, not pushed one').toBe(
		historyBefore
	);
}

test('the chapter menu jumps to United Imaging and puts ?step=N in the address without adding history', async ({
	page
}, testInfo) => {
	expect(UI_STEP).toBeGreaterThan(1);
	await page.goto('./');
	await expect(page.locator('#step-1')).toHaveAttribute('aria-current', 'step');
	const historyBefore = await page.evaluate(() => history.length);
	const nav = page.getByRole('navigation');
	const link = nav.getByRole('link', { name: 'United Imaging', exact: true });
	await expect(link).toBeHidden();
	await press(nav.locator('summary', { hasText: 'Chapters' }), testInfo);
	await expect(link).toBeVisible();
	await expect(link).toHaveAttribute('href', `?step=${UI_STEP}#step-${UI_STEP}`);
	await press(link, testInfo);
	await expectJumpedToUnitedImaging(page, historyBefore);
});

test('a chapter jump whose scroll starts late shows no step on the way', async ({ page }, testInfo) => {
	// A starved phone can start the smooth scroll well after the click: here, 2.5 s after it. The chart
	// must go straight to United Imaging, not flip through the steps the late scroll passes.
	await page.addInitScript(() => {
		const scrollIntoView = Element.prototype.scrollIntoView;
		Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
			setTimeout(() => scrollIntoView.call(this, options), 2500);
		};
	});
	await page.goto('./');
	await expect(page.locator('#step-1')).toHaveAttribute('aria-current', 'step');
	const currentSteps = await recordCurrentSteps(page);
	const historyBefore = await page.evaluate(() => history.length);
	const nav = page.getByRole('navigation');
	await press(nav.locator('summary', { hasText: 'Chapters' }), testInfo);
	await press(nav.getByRole('link', { name: 'United Imaging', exact: true }), testInfo);
	await expectJumpedToUnitedImaging(page, historyBefore);
	// Until the click, the page may still mark step 1 again (a late scroll end of the load).
	const seen = await currentSteps();
	const fromJump = seen.slice(seen.indexOf(`step-${UI_STEP}`));
	expect(fromJump, 'the steps that became current from the jump on').toContain(`step-${UI_STEP}`);
	expect(new Set(fromJump), 'the steps that became current from the jump on').toEqual(
		new Set([`step-${UI_STEP}`])
	);
});

test('the chapter menu works from the keyboard', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('#step-1')).toHaveAttribute('aria-current', 'step');
	const historyBefore = await page.evaluate(() => history.length);
	const activeText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
	for (let presses = 0; presses < 10 && (await activeText()) !== 'Chapters'; presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(page.locator('nav summary')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('nav details')).toHaveAttribute('open');
	for (let presses = 0; presses < 10 && (await activeText()) !== 'United Imaging'; presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(page.getByRole('link', { name: 'United Imaging', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expectJumpedToUnitedImaging(page, historyBefore);
});
