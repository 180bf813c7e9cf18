/**
 * Present mode on a projector: every slide by keyboard at 1024×768 and 1920×1080 with nothing spilling
 * over, the clicker keys, a deep link and a reload keeping the place, the typed-number jump, the notes
 * and reveal switches, the live region, high contrast, and stepping with the network gone (axe on every slide: a11y-axe.spec.ts).
 */
import type { Page } from '@playwright/test';
import { overlappingWords, STEP_DEFS } from './chart-helpers';
import { expect, test } from './fixtures';

const TOTAL = STEP_DEFS.length;
const chart = '.chart[data-step]';
const slide = (page: Page) => page.locator('.present');

/** Opens present mode and waits until it is live, so the first key press is not lost. */
async function open(page: Page, path = 'present/') {
	await page.goto(path);
	await expect(slide(page)).toHaveAttribute('data-ready', 'true');
}

/** Waits for the slide's chart to stop moving, then expects no two of its words to overlap. */
async function expectWordsApart(page: Page, label: string) {
	const root = page.locator(chart);
	let last = '';
	await expect.poll(async () => last === (last = await root.innerHTML()), { intervals: [250] }).toBe(true);
	const { checked, overlaps } = await overlappingWords(root);
	expect(checked, `${label}: words were measured`).toBeGreaterThan(0);
	expect.soft(overlaps, `${label}: words overlap`).toEqual([]);
}

/** Nothing spills out of the viewport: no scrolling either way, no part of the slide cut off. */
async function expectFits(page: Page, label: string) {
	const spill = await page.evaluate(() => {
		const root = document.documentElement;
		const cut = [...document.querySelectorAll('.present .key, .present .bar, .present .controls')].some(
			(element) => {
				const box = element.getBoundingClientRect();
				return (
					box.bottom > innerHeight + 1 ||
					box.right > innerWidth + 1 ||
					element.scrollHeight > element.clientHeight + 1
				);
			}
		);
		return { x: root.scrollWidth - innerWidth, y: root.scrollHeight - innerHeight, cut };
	});
	expect(spill, label).toEqual({ x: 0, y: 0, cut: false });
}

for (const size of [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`at ${size.width}×${size.height} every slide fits, stepping with the keyboard, and no two chart words overlap`, async ({
		page
	}, info) => {
		test.skip(info.project.name === 'phone', 'a projector is not a phone');
		test.slow();
		await page.setViewportSize(size);
		await open(page);
		for (let n = 1; n <= TOTAL; n++) {
			await expect(slide(page)).toHaveAttribute('data-step', String(n));
			await expect(page.locator(chart)).toHaveAttribute('data-step', String(n));
			await expectFits(page, `step ${n}`);
			await expectWordsApart(page, `step ${n}`);
			if (n === 1 && size.width === 1024) {
				// The key sentence in large type: at least 28 px on the smallest projector.
				const px = await page
					.locator('.key')
					.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
				expect(px).toBeGreaterThanOrEqual(28);
			}
			await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
		}
		await expect(slide(page)).toHaveAttribute('data-step', String(TOTAL));
	});
}

test('at 1024×768 no two chart words overlap on any Chinese slide', async ({ page }, info) => {
	test.skip(info.project.name === 'phone', 'a projector is not a phone');
	test.slow();
	await page.setViewportSize({ width: 1024, height: 768 });
	for (let n = 1; n <= TOTAL; n++) {
		await open(page, `zh/present/?step=${n}`);
		await expect(page.locator(chart)).toHaveAttribute('data-step', String(n));
		await expectWordsApart(page, `zh step ${n}`);
	}
});

test('the clicker’s keys, Space, Home and End step, and the URL follows; a reload keeps the place', async ({
	page
}) => {
	await open(page);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await expect(slide(page)).toHaveAttribute('data-step', '4');
	await page.keyboard.press('PageUp');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowLeft');
	await expect(slide(page)).toHaveAttribute('data-step', '1');
	await page.keyboard.press('End');
	await expect(slide(page)).toHaveAttribute('data-step', String(TOTAL));
	await expect(page).toHaveURL(new RegExp(`\\?step=${TOTAL}$`));
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?step=2$/);
	await page.reload();
	await expect(slide(page)).toHaveAttribute('data-step', '2');
	await expect(page.locator(chart)).toHaveAttribute('data-step', '2');
});

test('a deep link opens its step; junk is ignored', async ({ page }) => {
	await page.goto('present/?step=12');
	await expect(slide(page)).toHaveAttribute('data-step', '12');
	await page.goto('present/?step=%3Cimg%20src%3Dx%3E');
	await expect(slide(page)).toHaveAttribute('data-step', '1');
});

test('typing a number then Enter jumps to that step', async ({ page }) => {
	await open(page);
	await page.keyboard.type('17');
	await expect(page.getByRole('status')).toContainText('17');
	await page.keyboard.press('Enter');
	await expect(slide(page)).toHaveAttribute('data-step', '17');
	await page.keyboard.type('99');
	await page.keyboard.press('Enter');
	await expect(slide(page)).toHaveAttribute('data-step', '17');
});

test('the on-screen buttons are at least 44 px and step', async ({ page }) => {
	await open(page);
	for (const name of ['Previous step', 'Next step']) {
		const box = (await page.getByRole('button', { name }).boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
	}
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(slide(page)).toHaveAttribute('data-step', '2');
	await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(slide(page)).toHaveAttribute('data-step', '1');
});

test('a polite live region says each new step and its sentence', async ({ page }) => {
	await open(page);
	const live = page.locator('[aria-live="polite"]');
	await page.keyboard.press('ArrowRight');
	await expect(live).toHaveText(new RegExp(`^Step 2 of ${TOTAL}\\. Two of them carry this story`));
});

test('notes are hidden until N; they hold the chapter’s questions', async ({ page }) => {
	await open(page);
	await expect(page.getByRole('complementary', { name: 'Teacher notes' })).toHaveCount(0);
	await page.keyboard.press('n');
	const notes = page.getByRole('complementary', { name: 'Teacher notes' });
	await expect(notes.getByRole('listitem')).toHaveCount(2);
	await page.keyboard.press('n');
	await expect(notes).toHaveCount(0);
});

test('with reveal on, a slide first shows its chart without labels, then with them', async ({ page }) => {
	await open(page, 'present/?step=4');
	await page.getByRole('button', { name: /labels on the next press/ }).click();
	/** How many of the chart's labels a viewer can see. */
	const seen = () =>
		page
			.locator('.chart-box [data-annotation]')
			.evaluateAll(
				(labels) => labels.filter((label) => getComputedStyle(label).visibility === 'visible').length
			);
	// The slide on screen hides its labels too: the first press shows them, the second moves on.
	await expect.poll(seen).toBe(0);
	await page.keyboard.press('ArrowRight');
	await expect(slide(page)).toHaveAttribute('data-step', '4');
	await expect.poll(seen).toBeGreaterThan(0);
	await page.keyboard.press('ArrowRight');
	await expect(slide(page)).toHaveAttribute('data-step', '5');
	await expect.poll(seen).toBe(0);
	await page.keyboard.press('ArrowRight');
	await expect(slide(page)).toHaveAttribute('data-step', '5');
	await expect.poll(seen).toBeGreaterThan(0);
	await page.keyboard.press('ArrowRight');
	await expect(slide(page)).toHaveAttribute('data-step', '6');
});

test('high contrast turns the slide black on white', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await open(page);
	await page.getByRole('button', { name: 'High contrast' }).click();
	const colours = await slide(page).evaluate((element) => {
		const style = getComputedStyle(element);
		return [style.backgroundColor, style.color];
	});
	expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
});

test('once loaded, it steps through every slide with the network gone', async ({ page, context }) => {
	test.slow();
	await open(page);
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);
	for (let n = 2; n <= TOTAL; n++) {
		await page.keyboard.press('PageDown');
		await expect(page.locator(chart)).toHaveAttribute('data-step', String(n));
	}
	await context.setOffline(false);
});

/** The words of every step, read from the story page (not from the handout under test). */
async function stepWords(page: Page): Promise<string[]> {
	await page.goto('./');
	return page
		.locator('.step .card')
		.evaluateAll((cards) =>
			cards.map((card) =>
				[...card.querySelectorAll(':scope > p:not(.visually-hidden)')]
					.map((p) => p.textContent ?? '')
					.join(' ')
			)
		);
}

/** Text with its spacing evened out; a word broken at its hyphen across two lines of paper is one word. */
const squeeze = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.replace(/(\w)- (\w)/g, '$1-$2')
		.trim();

for (const path of ['present/', './']) {
	test(`printing ${path === './' ? 'the story' : 'present mode'} gives the handout on A4 and Letter: every step, the questions, the sources, the citation`, async ({
		page
	}, info) => {
		test.skip(info.project.name === 'phone', 'printing is the same from any screen');
		test.slow();
		const { extractText, getDocumentProxy } = await import('unpdf');
		const steps = await stepWords(page);
		expect(steps).toHaveLength(TOTAL);
		await page.goto(path);
		await expect(page.locator('[data-ready], .scrolly').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		const pages: Record<string, number> = {};
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, printBackground: true });
			const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
				mergePages: true
			});
			const all = squeeze(text);
			for (const [index, words] of steps.entries()) {
				expect(words.length, `the words of step ${index + 1}`).toBeGreaterThan(40);
				expect(all, `step ${index + 1} on ${format}`).toContain(squeeze(words));
			}
			expect(all).toContain('Questions for the class');
			expect(all).toContain('Sources and method');
			expect(all).toMatch(/\[EB\/OL\]\. \(2026-11-24\)\[\d{4}-\d{2}-\d{2}\]/);
			pages[format] = totalPages;
			info.annotations.push({ type: `${format} pages`, description: String(totalPages) });
		}
		// Two or so steps to a page: a handout, not a page per step or everything squeezed onto a few.
		for (const count of Object.values(pages)) {
			expect(count).toBeGreaterThan(TOTAL / 3);
			expect(count).toBeLessThan(TOTAL * 1.5);
		}
		// The live page is back once printing is done.
		await expect(page.locator('[data-handout]')).toHaveCount(0);
	});
}
