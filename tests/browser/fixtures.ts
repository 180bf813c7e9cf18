import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught exception, or a request that leaves the
 * local servers (the story on 127.0.0.1, test hosts on localhost): no third parties, no fonts or data
 * from elsewhere.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page }, use) => {
			const problems: string[] = [];
			const local = /^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/;
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!local.test(url)) {
					problems.push(`request left the local server: ${url}`);
				}
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The step elements' count. */
export const stepCount = (page: Page) => page.locator('[id^="step-"]').count();

/**
 * Scrolls with the mouse wheel, as a reader would, until the top of step `n` has passed the middle
 * of the viewport (the story's trigger line).
 */
export async function wheelToStep(page: Page, n: number): Promise<void> {
	const step = page.locator(`#step-${n}`);
	for (let turns = 0; turns < 60; turns++) {
		const box = await step.boundingBox();
		const height = page.viewportSize()?.height ?? 800;
		if (box && box.y < height * 0.45) return;
		await page.mouse.wheel(0, 160);
		await page.waitForTimeout(30);
	}
	throw new Error(`could not scroll step ${n} to the trigger line`);
}

/**
 * Starts recording, in the page, each step that becomes current (`aria-current="step"`), once per
 * change. Returns a reader of the record so far.
 */
export async function recordCurrentSteps(page: Page): Promise<() => Promise<string[]>> {
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { currentSteps: string[] }).currentSteps = seen;
		new MutationObserver(() => {
			const id = document.querySelector('[aria-current="step"]')?.id;
			if (id && seen.at(-1) !== id) seen.push(id);
		}).observe(document.body, { subtree: true, attributeFilter: ['aria-current'] });
	});
	return () => page.evaluate(() => (window as unknown as { currentSteps: string[] }).currentSteps);
}
