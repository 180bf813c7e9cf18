/**
 * A keyboard alone, on the phone and the desktop project: the skip links come first and work, and a
 * walk with Tab through the story, the embed stepper, a chart embed and present mode meets every control
 * in the page's order, each with a visible outline and never hidden under the sticky chart or a step
 * card (WCAG 2.4.7, 2.4.11). That a step's figures are buttons that show their marks' details is in
 * chart-interaction.spec.ts.
 */
import { walkWithTab } from './a11y-helpers';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });

for (const path of ['', 'zh/']) {
	test(`the skip links come first on /${path} and take focus to the story and to the sources`, async ({
		page
	}) => {
		await page.goto(path);
		await page.keyboard.press('Tab');
		const toStory = page.locator('.skip-link').first();
		await expect(toStory).toBeFocused();
		const box = await toStory.boundingBox();
		expect(box?.y ?? -1, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		await expect(page.locator('main#story')).toBeFocused();
		// The next Tab goes on from the story's start, not from the top of the page.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(
			true
		);

		await page.goto(path);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.locator('.skip-link').nth(1)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#sources$/);
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => document.querySelector('#sources')!.contains(document.activeElement))
		).toBe(true);
	});
}

for (const path of ['', 'zh/', 'embed/', 'embed/united-imaging/', 'present/']) {
	test(`Tab walks /${path} in order, every stop outlined and in view`, async ({ page }) => {
		test.slow();
		await page.goto(path);
		await expect(page.locator('[data-step]').first()).toBeAttached();
		const stops = await walkWithTab(page);
		expect(stops.length, 'the walk meets the page’s controls').toBeGreaterThan(path === '' ? 100 : 3);
		expect(stops.filter((stop) => stop.problems.length > 0)).toEqual([]);
	});
}
