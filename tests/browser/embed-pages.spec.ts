/**
 * The embed pages on their own: the stepper card (`/embed/`) and every single chart
 * (`/embed/<chart-id>/`): stepping by button, key and swipe, `?step=N`, `?theme=`, their metadata,
 * no horizontal overflow from 280 px, and no error inside a sandboxed frame without same-origin.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SCENE_FILES } from '../../src/lib/charts/scenes/files';
import { overlappingWords, SCENES, STEP_DEFS, stepsOf, type SceneId } from './chart-helpers';

const TOTAL = STEP_DEFS.length;
const chart = '.chart[data-step]';

/** The paths of the scripts the page fetches from now on, as it fetches them. */
function scriptsFetched(page: Page): string[] {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	return scripts;
}

/** Opens the stepper and waits until it is live, so no key or swipe is lost to hydration. */
async function openStepper(page: Page, path = 'embed/') {
	await page.goto(path);
	await expect(page.locator('.stepper')).toHaveAttribute('data-ready', 'true');
}

test('the stepper steps with its buttons and says where it is', async ({ page }) => {
	await openStepper(page);
	await expect(page.locator(chart)).toHaveAttribute('data-step', '1');
	await expect(page.getByText(`Step 1 of ${TOTAL}`)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Previous step' })).toBeDisabled();
	await page.getByRole('button', { name: 'Next step' }).click();
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(page.locator(chart)).toHaveAttribute('data-step', '3');
	await expect(page.getByText(`Step 3 of ${TOTAL}`)).toBeVisible();
	await expect(page.locator('#step-3')).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('#step-3')).toBeVisible();
	await expect(page.locator('#step-2')).toBeHidden();
	await page.getByRole('button', { name: 'Previous step' }).click();
	await expect(page.locator(chart)).toHaveAttribute('data-step', '2');
	const story = page.getByRole('link', { name: /Read the full story/ });
	await expect(story).toHaveAttribute('target', '_blank');
	expect(new URL((await story.getAttribute('href'))!, page.url()).search).toBe('?step=2');
});

test('the stepper takes the arrow keys, Home and End once it has focus', async ({ page }) => {
	await openStepper(page);
	await page.getByRole('button', { name: 'Next step' }).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(chart)).toHaveAttribute('data-step', '3');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator(chart)).toHaveAttribute('data-step', '2');
	await page.keyboard.press('End');
	await expect(page.locator(chart)).toHaveAttribute('data-step', String(TOTAL));
	await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
	await page.keyboard.press('Home');
	await expect(page.locator(chart)).toHaveAttribute('data-step', '1');
});

test('a sideways swipe steps; a vertical one does not', async ({ page }) => {
	await openStepper(page);
	const card = page.getByRole('region', { name: 'The story, step by step' });
	const swipe = async (dx: number, dy: number) => {
		const box = (await card.boundingBox())!;
		const x = box.x + box.width / 2;
		const y = box.y + 200;
		await card.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: x, clientY: y, bubbles: true });
		await card.dispatchEvent('pointerup', {
			pointerType: 'touch',
			clientX: x + dx,
			clientY: y + dy,
			bubbles: true
		});
	};
	await swipe(-120, 10);
	await expect(page.locator(chart)).toHaveAttribute('data-step', '2');
	await swipe(-20, 300);
	await swipe(10, -200);
	await expect(page.locator(chart)).toHaveAttribute('data-step', '2');
	await swipe(120, 0);
	await expect(page.locator(chart)).toHaveAttribute('data-step', '1');
});

test('?step=N opens the stepper at step N, and junk is ignored', async ({ page }) => {
	await page.goto('embed/?step=9');
	await expect(page.locator(chart)).toHaveAttribute('data-step', '9');
	await expect(page.getByText(`Step 9 of ${TOTAL}`)).toBeVisible();
	for (const junk of ['0', '-3', String(TOTAL + 1), '2e1', '%3Cscript%3E']) {
		await page.goto(`embed/?step=${junk}`);
		await expect(page.locator(chart)).toHaveAttribute('data-step', '1');
	}
});

test('embed pages describe themselves, with no canonical that is not absolute', async ({ page }) => {
	for (const path of ['embed/', `embed/${SCENES[0]}/`]) {
		await page.goto(path);
		await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{3,}/);
		// This build was not told the site's address (STORY_SITE_URL), so there is none to point to.
		await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
		// No chrome of ours: no navigation bar, no masthead; only the link to the other edition.
		await expect(page.locator('nav.bar, header.masthead')).toHaveCount(0);
		await expect(page.locator('nav')).toHaveClass(/languages/);
	}
});

for (const scene of SCENES) {
	test(`/embed/${scene}/ shows its chart, title, sources, data table and a link to the story`, async ({
		page
	}) => {
		await page.goto(`embed/${scene}/`);
		const last = stepsOf(scene).at(-1)!;
		await expect(page.locator(chart)).toHaveAttribute('data-scene', scene);
		await expect(page.locator(chart)).toHaveAttribute('data-step', String(last));
		await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		const sources = page.locator('.source a');
		expect(await sources.count()).toBeGreaterThan(0);
		for (const href of await sources.evaluateAll((links) =>
			links.map((link) => (link as HTMLAnchorElement).href)
		)) {
			expect(href).toMatch(/^https?:\/\//);
		}
		await expect(page.locator(`details[data-table="${scene}"]`)).toHaveCount(1);
		const story = page.getByRole('link', { name: /Read the full story/ });
		expect(new URL((await story.getAttribute('href'))!, page.url()).search).toBe(`?step=${last}`);
	});
}

test('each chart embed comes to life from one script, its scene in it, and fetches no other', async ({
	page
}) => {
	const scripts = scriptsFetched(page);
	for (const scene of SCENES) {
		scripts.length = 0;
		await page.goto(`embed/${scene}/`);
		// A mark shows its details only once the chart is live; the first click may come before that.
		const mark = page.locator(`${chart} [data-inspect]`).first();
		await expect(async () => {
			await mark.dispatchEvent('click');
			await expect(page.locator(`${chart} [data-details]`)).toBeVisible({ timeout: 500 });
		}, scene).toPass();
		await page.waitForLoadState('networkidle');
		expect(scripts, scene).toEqual([
			expect.stringMatching(new RegExp(`/islands/chart-${scene}\\.[\\w-]+\\.js$`))
		]);
	}
});

test('the stepper comes to life from one script, its first scene in it, and fetches a later scene as a step needs it', async ({
	page
}) => {
	const scripts = scriptsFetched(page);
	/** The chunk of a scene's own code, named after its component (`SeiValueScene.<hash>.js`). */
	const chunkOf = (scene: SceneId) =>
		new RegExp(`/islands/${SCENE_FILES[scene].replace('.svelte', '')}\\.[\\w-]+\\.js$`);
	const first = STEP_DEFS[0]!.chart.scene;
	const laterStep = STEP_DEFS.findIndex((def) => def.chart.scene !== first) + 1;
	const later = STEP_DEFS[laterStep - 1]!.chart.scene;
	await openStepper(page);
	// The first scene is drawn and live: a mark shows its details when clicked.
	await page.locator(`${chart} [data-inspect]`).first().dispatchEvent('click');
	await expect(page.locator(`${chart} [data-details]`)).toBeVisible();
	await page.waitForLoadState('networkidle');
	// The page's own script came first, and no chunk of the first scene's: its code is in that script.
	expect(scripts[0]).toMatch(/\/islands\/stepper\.[\w-]+\.js$/);
	expect(scripts.filter((path) => chunkOf(first).test(path))).toEqual([]);
	// The first step of another scene: its code arrives, as its own chunk, as the reader nears it.
	for (let step = 1; step < laterStep; step++) await page.getByRole('button', { name: 'Next step' }).click();
	await expect(page.locator(chart)).toHaveAttribute('data-scene', later);
	await expect(page.locator(`${chart} [data-inspect]`).first()).toBeAttached();
	expect(scripts.filter((path) => chunkOf(later).test(path))).toHaveLength(1);
});

for (const edition of ['', 'zh/']) {
	test(`no two words overlap in any ${edition ? 'Chinese ' : ''}chart embed, at any of its steps, 320 px wide or 640`, async ({
		page
	}) => {
		test.slow();
		let measured = 0;
		for (const width of [320, 640]) {
			await page.setViewportSize({ width, height: 800 });
			for (const scene of SCENES) {
				for (const step of width === 320 ? stepsOf(scene) : [stepsOf(scene).at(-1)!]) {
					await page.goto(`${edition}embed/${scene}/?step=${step}`);
					const root = page.locator(chart);
					await expect(root).toHaveAttribute('data-step', String(step));
					let last = '';
					await expect
						.poll(async () => last === (last = await root.innerHTML()), { intervals: [250] })
						.toBe(true);
					const { checked, overlaps } = await overlappingWords(root);
					measured += checked;
					expect.soft(overlaps, `${edition}embed/${scene}/?step=${step} at ${width} px`).toEqual([]);
				}
			}
		}
		expect(measured, 'words were measured').toBeGreaterThan(0);
	});
}

test('a chart embed opens at ?step=N when that step shows it, and at its default otherwise', async ({
	page
}) => {
	const [first] = stepsOf('rd-intensity');
	await page.goto(`embed/rd-intensity/?step=${first}`);
	await expect(page.locator(chart)).toHaveAttribute('data-step', String(first));
	await page.goto(`embed/rd-intensity/?step=1`);
	await expect(page.locator(chart)).toHaveAttribute('data-step', String(stepsOf('rd-intensity').at(-1)));
});

test('?theme=dark and ?theme=light override the reader’s setting; anything else is ignored', async ({
	page
}) => {
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('embed/');
	const light = await background();
	await page.goto('embed/?theme=dark');
	const dark = await background();
	expect(dark).not.toBe(light);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('embed/firms/?theme=light');
	expect(await background()).toBe(light);
	await page.goto('embed/firms/?theme=%22%3E%3Cb%3Ex');
	expect(await background()).toBe(dark);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('no embed page overflows sideways at 280 px', async ({ page }) => {
	await page.setViewportSize({ width: 280, height: 700 });
	for (const path of ['embed/', ...SCENES.map((scene) => `embed/${scene}/`)]) {
		await page.goto(path);
		await expect(page.locator(chart)).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('in a sandboxed frame without allow-same-origin the stepper works and nothing throws', async ({
	page
}) => {
	await page.goto('./');
	await page.evaluate(() => {
		const frame = document.createElement('iframe');
		frame.setAttribute('sandbox', 'allow-scripts');
		frame.src = 'embed/?step=4&theme=dark&childId=sandboxed';
		frame.style.cssText = 'width:360px;height:900px';
		document.body.prepend(frame);
	});
	const frame = page.frameLocator('iframe[sandbox]');
	await expect(frame.locator(chart)).toHaveAttribute('data-step', '4');
	await frame.getByRole('button', { name: 'Next step' }).click();
	await expect(frame.locator(chart)).toHaveAttribute('data-step', '5');
	// The motion switch's stored choice lives in localStorage, which this frame may not touch.
	await frame.getByRole('button', { name: 'Previous step' }).click();
	await expect(frame.locator(chart)).toHaveAttribute('data-step', '4');
});
