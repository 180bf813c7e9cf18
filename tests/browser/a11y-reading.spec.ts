/**
 * What a screen reader meets, and what moves on its own:
 * - the drawn chart is hidden from assistive technology; each step carries its chart's description in
 *   reading order; tables have captions and scoped headers;
 * - live regions only where the reader did not cause the change by scrolling (stepper, present mode);
 * - runs of another language are marked with `lang`;
 * - `prefers-reduced-motion` and the story's switch hold in embeds and present mode too, and nothing
 *   moves for more than five seconds on its own;
 * - in forced colours the chart stays as drawn.
 */
import type { Locator, Page } from '@playwright/test';
import { ALL_PAGES } from './a11y-helpers';
import { expect, test, wheelToStep } from './fixtures';

/** The charts' transition, in ms, as in src/lib/charts/motion.svelte.ts (which needs Svelte to load). */
const TRANSITION_MS = 650;

test.describe(() => {
	test.use({ reducedMotion: 'reduce' });

	for (const path of ['', 'zh/']) {
		test(`/${path}: the sticky chart is hidden from screen readers and every step describes its chart`, async ({
			page
		}) => {
			await page.goto(path);
			await expect(page.locator('.graphic [data-step]')).toBeAttached();
			// Nothing in the sticky chart is read out: its words are the step's description instead.
			expect(await page.locator('.graphic').ariaSnapshot()).toBe('');
			const steps = page.locator('.step');
			const count = await steps.count();
			for (let n = 1; n <= count; n++) {
				const description = page.locator(`#step-${n} .visually-hidden`).first();
				await expect(description, `step ${n}`).toBeAttached();
				expect((await description.textContent())?.trim().length ?? 0, `step ${n}`).toBeGreaterThan(20);
			}
		});
	}

	test('every data table, on every page, has a caption and headers with a scope', async ({ page }) => {
		for (const path of ALL_PAGES) {
			await page.goto(path);
			const problems = await page
				.locator('table')
				.evaluateAll((tables) =>
					tables.flatMap((table, index) => [
						...(table.querySelector('caption')?.textContent?.trim() ? [] : [`table ${index}: no caption`]),
						...[...table.querySelectorAll('th')]
							.filter(
								(th) => !['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope') ?? '')
							)
							.map((th) => `table ${index}: header “${th.textContent?.trim()}” without a scope`)
					])
				);
			expect(problems, path).toEqual([]);
		}
	});

	test('live regions: none on the story but the embed builder’s copy notice; the stepper and present mode speak', async ({
		page
	}) => {
		const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
		for (const path of ['', 'zh/']) {
			await page.goto(path);
			await expect(page.locator('.graphic [data-step]')).toBeAttached();
			const regions = page.locator(live);
			// The embed builder says "copied" when asked; nothing else may speak, before or after a scroll.
			const others = () =>
				regions.evaluateAll((all) =>
					all.filter((region) => !region.closest('#embed')).map((r) => r.outerHTML)
				);
			expect(await others(), `/${path}: a region that would speak while the reader scrolls`).toEqual([]);
			await wheelToStep(page, 6);
			await expect(page.locator('.graphic [data-step]')).toHaveAttribute('data-step', '6');
			expect(await others(), `/${path}: a region that appeared while the reader scrolled`).toEqual([]);
		}
		for (const path of ['embed/', 'present/']) {
			await page.goto(path);
			const region = page.locator(live).first();
			const before = await region.textContent();
			await page.locator('[data-ready]').first().waitFor();
			await page.locator('.controls button').nth(1).click();
			await expect(region, path).not.toHaveText(before ?? '');
		}
	});

	test('on the English story, words in Chinese or Japanese are marked with their language', async ({
		page
	}) => {
		await page.goto('./');
		const unmarked = await page.evaluate(() => {
			const found: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement?.closest('script, style, template')) continue;
				if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(node.textContent ?? '')) continue;
				const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
				if (!/^(zh|ja)/.test(lang)) found.push(`${lang}: ${node.textContent?.trim().slice(0, 40)}`);
			}
			return found;
		});
		expect(unmarked).toEqual([]);
	});
});

/**
 * Two pictures of what the reader sees (the viewport), `gap` ms apart, are the same: nothing in view
 * moved in between. Not a picture of the whole page, which no reader sees at once: on the story one
 * takes seconds on a busy machine, so the two would not be `gap` apart.
 */
async function still(page: Page, gap: number): Promise<boolean> {
	const first = await page.screenshot({ animations: 'allow', scale: 'css' });
	await page.waitForTimeout(gap);
	const second = await page.screenshot({ animations: 'allow', scale: 'css' });
	return first.equals(second);
}

/**
 * Steps once, as the page's reader would (the next button), and counts the different pictures the
 * chart goes through in the transition's length and a little more. The page's clock (installed on
 * its context before it loaded) is paused and run forward 50 ms at a time, so every sample is taken
 * on time however busy the test machine is: a tween gives a picture per sample (13 in 650 ms), an
 * instant change one or two. The clock first jumps a second ahead: a step that comes hard on the last
 * one (here, the page opening at ?step=N) is drawn at once, as in a fling.
 */
async function statesAfterStep(page: Page, chart: Locator): Promise<number> {
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
	const seen = new Set<string>([await chart.innerHTML()]);
	await page
		.locator('.controls button')
		.nth(1)
		.evaluate((next: HTMLButtonElement) => next.click());
	for (let elapsed = 0; elapsed < TRANSITION_MS + 250; elapsed += 50) {
		await page.clock.runFor(50);
		seen.add(await chart.innerHTML());
	}
	return seen.size;
}

/** A way a reader may have set motion, and whether a step then moves the chart. */
interface MotionCase {
	name: string;
	reducedMotion: 'reduce' | 'no-preference';
	/** The story's animation switch, stored on an earlier visit. */
	switchedOff?: boolean;
	/** Present mode's own switch, by its key. */
	pressM?: boolean;
	moves: boolean;
}

for (const path of ['embed/', 'present/']) {
	test(`/${path}: a step moves the chart, unless motion is reduced by the system or by the story’s switch`, async ({
		browser,
		baseURL
	}, testInfo) => {
		const cases: MotionCase[] = [
			{ name: 'motion on', reducedMotion: 'no-preference', moves: true },
			{ name: 'prefers-reduced-motion', reducedMotion: 'reduce', moves: false },
			{ name: 'the story’s switch', reducedMotion: 'no-preference', switchedOff: true, moves: false }
		];
		if (path === 'present/')
			cases.push({
				name: 'present mode’s M key',
				reducedMotion: 'no-preference',
				pressM: true,
				moves: false
			});
		for (const { name, reducedMotion, switchedOff, pressM, moves } of cases) {
			const context = await browser.newContext({ ...testInfo.project.use, baseURL, reducedMotion });
			await context.clock.install();
			if (switchedOff) await context.addInitScript(() => localStorage.setItem('story:motion', 'off'));
			const page = await context.newPage();
			await page.goto(`${path}?step=4`);
			const chart = page.locator('.chart[data-step]').first();
			await expect(chart).toBeVisible();
			await page.locator('[data-ready]').first().waitFor();
			if (pressM) {
				await page.keyboard.press('m');
				await expect(page.getByRole('button', { name: /^Animation/ })).toHaveAttribute(
					'aria-pressed',
					'false'
				);
			}
			const states = await statesAfterStep(page, chart);
			if (moves) expect(states, name).toBeGreaterThan(5);
			else expect(states, name).toBeLessThanOrEqual(2);
			await context.close();
		}
	});
}

for (const path of ['', 'embed/', 'embed/ic/', 'present/']) {
	test(`/${path}: nothing moves on its own after five seconds`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('[data-step]').first()).toBeVisible();
		if (path === '') {
			// The story's citation and embed builder come to life as the reader nears them: the reader goes
			// there and back to the top, then leaves the page alone.
			await page.locator('#embed').scrollIntoViewIfNeeded();
			await expect(page.locator('#cite')).toHaveAttribute('data-ready', 'true');
			await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
			await page.evaluate(() => window.scrollTo(0, 0));
		}
		await page.waitForTimeout(5_000);
		const endless = await page.evaluate(
			() =>
				document
					.getAnimations()
					.filter((animation) => animation.effect?.getComputedTiming().iterations === Infinity).length
		);
		expect(endless).toBe(0);
		expect(await still(page, 1_000)).toBe(true);
	});
}

test('in forced colours (Windows high contrast) the chart keeps its own fills, hatching and words', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
	await page.goto('./?step=4');
	const chart = page.locator('.graphic .chart[data-step="4"]');
	await expect(chart).toBeVisible();
	/** Every element's colours in the chart: fills, hatching (background images), text and borders. */
	const colours = () =>
		chart.evaluate((root) =>
			[root, ...root.querySelectorAll('*')].map((element) => {
				const style = getComputedStyle(element);
				return [style.backgroundColor, style.backgroundImage, style.color, style.borderTopColor].join(' | ');
			})
		);
	const usual = await colours();
	expect(
		usual.some((line) => line.includes('gradient')),
		'the chart has hatched fills'
	).toBe(true);
	await page.emulateMedia({ forcedColors: 'active' });
	expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
	expect(await colours()).toEqual(usual);
});
