/**
 * The story in Chromium on a 390×844 phone and a 1440×900 desktop (the two Playwright projects):
 * scrolling moves aria-current through every step and the chart follows; ?step=N opens a step;
 * the layout holds; axe finds no WCAG 2.2 A/AA violation. The fixture fails any test on a console
 * error or a request leaving the local server.
 */
import { axeViolations } from './a11y-helpers';
import { expect, recordCurrentSteps, stepCount, test, wheelToStep } from './fixtures';

test('scrolling down makes every step current in turn, and the chart follows', async ({ page }) => {
	test.slow(); // 27 steps of wheel turns, which a loaded machine takes its time over
	await page.goto('./');
	const count = await stepCount(page);
	expect(count).toBeGreaterThanOrEqual(20);
	for (let n = 1; n <= count; n++) {
		await wheelToStep(page, n);
		await expect(page.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
		await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
		await expect(page.locator('[data-step]')).toHaveAttribute('data-step', String(n));
	}
});

test('scrolling back up visits every step in reverse order', async ({ page }) => {
	test.slow();
	await page.goto(`./`);
	const count = await stepCount(page);
	await page.locator(`#step-${count - 1}`).scrollIntoViewIfNeeded();
	await wheelToStep(page, count);
	await expect(page.locator(`#step-${count}`)).toHaveAttribute('aria-current', 'step');
	const currentSteps = await recordCurrentSteps(page);
	for (let turns = 0; turns < 400; turns++) {
		if ((await page.evaluate(() => window.scrollY)) === 0) break;
		await page.mouse.wheel(0, -160);
		await page.waitForTimeout(30);
	}
	await expect(page.locator('#step-1')).toHaveAttribute('aria-current', 'step');
	const seen = await currentSteps();
	expect(seen).toEqual(Array.from({ length: count - 1 }, (_, i) => `step-${count - 1 - i}`));
});

test('?step=N opens the story at step N; junk values fall back to step 1', async ({ page }) => {
	await page.goto('./?step=12');
	await expect(page.locator('#step-12')).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('#step-12')).toBeInViewport();
	await expect(page.locator('[data-step]')).toHaveAttribute('data-step', '12');
	for (const junk of ['0', '-4', '9999', 'abc', '%3Cscript%3E', '1e3', '']) {
		await page.goto(`./?step=${junk}`);
		await expect(page.locator('#step-1')).toHaveAttribute('aria-current', 'step');
	}
});

test('the chart stays in view while the steps scroll, beside the text on desktop and under it on a phone', async ({
	page
}, testInfo) => {
	await page.goto('./');
	await wheelToStep(page, 6);
	const viewport = page.viewportSize()!;
	const chart = (await page.locator('[data-step]').boundingBox())!;
	const card = (await page.locator('#step-6 .card').boundingBox())!;
	expect(chart.y).toBeGreaterThanOrEqual(0);
	expect(chart.y + chart.height).toBeLessThanOrEqual(viewport.height + 1);
	if (testInfo.project.name === 'desktop') {
		expect(chart.x).toBeGreaterThan(card.x + card.width);
	} else {
		expect(chart.width).toBeGreaterThan(viewport.width * 0.9);
		expect(card.x).toBeLessThan(chart.x + chart.width);
	}
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('cards far below are drawn while the page is idle, and drawing them moves no step', async ({ page }) => {
	const lastWords = page.locator('.step:last-child > .card > :first-child');
	const drawn = () => lastWords.evaluate((words) => words.checkVisibility({ contentVisibilityAuto: true }));
	const tops = () =>
		page.evaluate(() =>
			[...document.querySelectorAll('.step')].map((step) => step.getBoundingClientRect().top + scrollY)
		);
	// A page that is never idle: the cards far below the first screen stay undrawn.
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	await page.goto('./');
	await expect(page.locator('.graphic [data-step]')).toBeAttached();
	expect(await drawn()).toBe(false);
	const before = await tops();
	// Every card drawn, as if the reader had been everywhere: no step is anywhere else.
	await page.evaluate(() => {
		for (const card of document.querySelectorAll<HTMLElement>('.step > *'))
			card.style.contentVisibility = 'visible';
	});
	expect(await drawn()).toBe(true);
	expect(await tops()).toEqual(before);
	// A page left alone draws the last card before the reader gets there.
	const quiet = await page.context().newPage();
	await quiet.goto('./');
	await expect
		.poll(() =>
			quiet
				.locator('.step:last-child > .card > :first-child')
				.evaluate((words) => words.checkVisibility({ contentVisibilityAuto: true }))
		)
		.toBe(true);
	expect(await quiet.evaluate(() => scrollY)).toBe(0);
	await quiet.close();
});

test('the sources section links every source', async ({ page }) => {
	await page.goto('./');
	const links = page.locator('#sources li a');
	expect(await links.count()).toBeGreaterThan(10);
	for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
		expect(href).toMatch(/^https?:\/\//);
	}
});

test('axe finds no WCAG 2.2 A or AA violation mid-story, after scrolling (the top: a11y-axe.spec.ts)', async ({
	page
}) => {
	test.slow(); // ten steps of wheel turns, then axe over the whole story
	await page.goto('./');
	await wheelToStep(page, 10);
	expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript the whole narrative and the sources are there', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(baseURL ?? './');
	const count = await stepCount(page);
	expect(count).toBeGreaterThanOrEqual(20);
	await expect(page.locator(`#step-${count} .card p`).first()).not.toBeEmpty();
	await expect(page.locator('#sources li').first()).toBeVisible();
	await context.close();
});
