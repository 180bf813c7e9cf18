/**
 * Reflow, text spacing and target size on every page of both editions:
 * - no sideways scrolling at 320 CSS px wide, nor at 400 % zoom of a 1280 × 1024 window (320 × 256
 *   CSS px), WCAG 1.4.10;
 * - with the text-spacing overrides of WCAG 1.4.12 (line height 1.5, paragraph spacing 2 em, letter
 *   spacing 0.12 em, word spacing 0.16 em) no text is cut off by a box that hides its overflow;
 * - every control is at least 24 × 24 px (WCAG 2.5.8), links inside a sentence aside.
 */
import type { Page } from '@playwright/test';
import { ALL_PAGES } from './a11y-helpers';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });
test.skip(({ isMobile }) => isMobile, 'sizes are set here; the desktop project runs it once');

const WCAG_TEXT_SPACING = `
	* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
	p { margin-bottom: 2em !important; }
`;

/** The page's overflow sideways, in CSS px (0 when it fits). */
const sideways = (page: Page) =>
	page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - innerWidth));

/**
 * Text a box cuts off: elements that hide their overflow (and are not meant to, as the visually-hidden
 * text for screen readers is) whose content is larger than the box, with the text that is lost.
 * The chart's own drawing is left out: its box clips the plot (and a timeline its lanes) by design, its
 * words are hidden from screen readers and all of them are in the step's text, description and table
 * (a known limit, in ACCESSIBILITY.md).
 */
function clippedText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const clipped: string[] = [];
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			if (element.closest('.visually-hidden, [hidden], template')) continue;
			if (element.matches('.chart, .chart *')) continue;
			if (!element.checkVisibility()) continue;
			const style = getComputedStyle(element);
			const hides = (value: string) => value === 'hidden' || value === 'clip';
			const text = (element.innerText ?? '').trim();
			if (!text) continue;
			const cutX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
			const cutY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
			const ellipsis = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
			if (cutX || cutY || ellipsis)
				clipped.push(
					`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${text.slice(0, 50)}”`
				);
		}
		return clipped;
	});
}

/** Controls smaller than 24 × 24 px, except links that sit in a line of text (the 2.5.8 inline exception). */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const small: string[] = [];
		const controls = document.querySelectorAll<HTMLElement>(
			'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
		);
		for (const control of controls) {
			if (!control.checkVisibility() || control.closest('.visually-hidden')) continue;
			const box = control.getBoundingClientRect();
			if (box.width >= 24 && box.height >= 24) continue;
			const parent = control.parentElement;
			const ownText = (control.textContent ?? '').trim();
			const lineText = (parent?.textContent ?? '').trim();
			const inline = control.tagName === 'A' && lineText.length > ownText.length;
			if (inline) continue;
			small.push(
				`${control.tagName.toLowerCase()} “${(ownText || control.getAttribute('aria-label') || '').slice(0, 40)}” ${Math.round(box.width)}×${Math.round(box.height)}`
			);
		}
		return small;
	});
}

for (const path of ALL_PAGES) {
	test(`/${path}: no sideways scroll at 320 px and at 400 % zoom; text spacing cuts nothing; targets ≥ 24 px`, async ({
		page
	}) => {
		for (const viewport of [
			{ width: 320, height: 640 },
			{ width: 320, height: 256 }
		]) {
			await page.setViewportSize(viewport);
			await page.goto(path);
			await expect(page.locator('[data-step]').first()).toBeAttached();
			expect(await sideways(page), `${viewport.width}×${viewport.height}`).toBe(0);
		}

		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(path);
		await expect(page.locator('[data-step]').first()).toBeAttached();
		expect(await smallTargets(page)).toEqual([]);

		await page.addStyleTag({ content: WCAG_TEXT_SPACING });
		expect(await sideways(page), 'with the text-spacing overrides').toBe(0);
		expect(await clippedText(page)).toEqual([]);
	});
}
