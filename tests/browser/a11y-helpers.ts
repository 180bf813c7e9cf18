import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SCENES } from '../../src/lib/story/steps';
import { EDITIONS } from '../../src/lib/i18n/editions';

/** axe's rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every page a reader, a newsroom or a teacher can open, in every edition ('' is English). */
export const ALL_PAGES: readonly string[] = EDITIONS.flatMap(({ path }) => [
	path,
	`${path}embed/`,
	...SCENES.map((scene) => `${path}embed/${scene}/`),
	`${path}present/`
]);

/**
 * axe's WCAG A and AA violations on the page as it is now, one line per failing element (rule, element,
 * and what axe says to fix), so a failure names what to look at.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id}: ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`
		)
	);
}

/**
 * Makes the page's own HTML load as a browser without JavaScript shows it: every script left out, and
 * the `<noscript>` parts in force. axe needs a script to run, so a page opened with JavaScript disabled
 * cannot be scanned; this page can, and `expectSameAsNoScript` checks that it reads the same.
 */
export async function serveAsWithoutJavaScript(page: Page): Promise<void> {
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const html = (await response.text())
			.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
			.replace(/<\/?noscript>/g, '');
		return route.fulfill({ response, body: html });
	});
}

/** One stop of a walk with the Tab key. */
export interface TabStop {
	/** Tag, id or class, and the first words: enough to find it. */
	name: string;
	/** What is wrong with the stop, if anything. */
	problems: string[];
}

/**
 * Walks the page with the Tab key from where focus is now until focus leaves the page or comes back
 * to the first stop, and checks each stop as a sighted keyboard user meets it:
 * - it comes after the last stop in the page's order (no positive tabindex, no jump back);
 * - it shows a focus outline of at least 2 px (`:focus-visible`);
 * - it is on screen and not hidden under anything else, the sticky chart or a step card (WCAG 2.4.11):
 *   the middle of one of its boxes is the element itself when asked what is there.
 */
export async function walkWithTab(page: Page, limit = 400): Promise<TabStop[]> {
	await page.evaluate(() => {
		(window as unknown as { __stops: Element[] }).__stops = [];
	});
	const stops: TabStop[] = [];
	for (let count = 0; count < limit; count++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const element = document.activeElement;
			const seen = (window as unknown as { __stops: Element[] }).__stops;
			if (!element || element === document.body || element === seen[0]) return null;
			const problems: string[] = [];
			const last = seen.at(-1);
			if (last && !(last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING))
				problems.push('comes before the last stop in the page');
			seen.push(element);
			const style = getComputedStyle(element);
			const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0;
			if (!element.matches(':focus-visible') || outline < 2) problems.push(`focus outline ${outline} px`);
			const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
			const shown = boxes.some((box) => {
				const x = box.left + box.width / 2;
				const y = box.top + box.height / 2;
				if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
				const top = document.elementFromPoint(x, y);
				return top !== null && (top === element || element.contains(top));
			});
			if (!shown) problems.push('hidden or off screen');
			const words = (element.textContent || element.getAttribute('aria-label') || '').trim();
			const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${words.slice(0, 40)}”`;
			return { name, problems };
		});
		if (!stop) return stops;
		stops.push(stop);
	}
	throw new Error(`more than ${limit} Tab stops: focus may be trapped`);
}
