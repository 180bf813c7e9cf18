/**
 * Our embeds on a newsroom's page on another origin: the loader (`/embed.js`) makes the frame and
 * keeps it exactly as tall as its content; the real pym.js parent library does the same from our
 * height messages; AMP's message is sent too; messages from anyone else are ignored; the scroll-driven
 * story follows the host's scroll; and the builder's snippets work when pasted into a page.
 */
import type { Frame, Page } from '@playwright/test';
import { STEP_DEFS } from './chart-helpers';
import { article, expect, test } from './host';

/** The content height of the embed inside the first story frame of the page. */
async function contentHeight(page: Page): Promise<{ frame: number; content: number }> {
	const element = page.locator('iframe').first();
	const frame = (await (await element.elementHandle())!.contentFrame()) as Frame;
	const content = await frame.evaluate(() =>
		Math.ceil(document.documentElement.getBoundingClientRect().height)
	);
	const box = (await element.boundingBox())!;
	return { frame: Math.round(box.height), content };
}

const frameChart = (page: Page) => page.frameLocator('iframe').first().locator('.chart[data-step]');

test('the loader makes a titled, lazy, borderless frame and keeps it as tall as its content', async ({
	page,
	host,
	baseURL
}) => {
	const url = host.page(
		'/loader.html',
		article(`<div id="story-box" data-story-embed="${baseURL}embed/" data-title="Shanghai's new engines"></div>
<script async src="${baseURL}embed.js"></script>`)
	);
	await page.goto(url);
	const frame = page.locator('iframe');
	await expect(frame).toHaveAttribute('title', "Shanghai's new engines");
	await expect(frame).toHaveAttribute('loading', 'lazy');
	await frame.scrollIntoViewIfNeeded();
	await expect(frameChart(page)).toHaveAttribute('data-step', '1');
	await expect.poll(async () => Object.values(await contentHeight(page)).reduce((a, b) => a - b)).toBe(0);
	// No inner scrollbar: the frame's document is no wider and no taller than the frame.
	const inner = page.frameLocator('iframe');
	await expect(inner.locator('html')).toBeVisible();
	const sizes = await (await frame.elementHandle())!
		.contentFrame()
		.then((content) =>
			content!.evaluate(() => [
				document.documentElement.scrollHeight - innerHeight,
				document.documentElement.scrollWidth - innerWidth
			])
		);
	expect(sizes).toEqual([0, 0]);
	// Stepping keeps the height (every step's words share one cell); a narrower page re-measures.
	const before = (await contentHeight(page)).frame;
	await inner.getByRole('button', { name: 'Next step' }).click();
	await expect(frameChart(page)).toHaveAttribute('data-step', '2');
	await page.waitForTimeout(500);
	expect(await contentHeight(page)).toEqual({ frame: before, content: before });
	await page.setViewportSize({ width: 300, height: 700 });
	await expect.poll(async () => Object.values(await contentHeight(page)).reduce((a, b) => a - b)).toBe(0);
});

test('a host using the real pym.js parent gets a frame exactly as tall as the content', async ({
	page,
	host,
	baseURL
}) => {
	const url = host.page(
		'/pym.html',
		article(`<div id="pym-box"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('pym-box', '${baseURL}embed/firms/', {});</script>`)
	);
	await page.goto(url);
	const frame = page.locator('#pym-box iframe');
	await expect(frame).toHaveAttribute('src', /childId=pym-box/);
	await expect(frameChart(page)).toHaveAttribute('data-scene', 'firms');
	await expect.poll(async () => Object.values(await contentHeight(page)).reduce((a, b) => a - b)).toBe(0);
	// The parent's width message is answered with the height.
	const answered = await page.evaluate(
		() =>
			new Promise<string>((done) => {
				addEventListener('message', (event) => {
					if (typeof event.data === 'string' && event.data.includes('xPYMxheightxPYMx')) done(event.data);
				});
				(window as unknown as { pymParent: { sendWidth(): void } }).pymParent.sendWidth();
			})
	);
	expect(answered).toMatch(/^pymxPYMxpym-boxxPYMxheightxPYMx\d+$/);
});

test('the embed also sends AMP’s embed-size message', async ({ page, host, baseURL }) => {
	const url = host.page(
		'/amp.html',
		article(`<iframe id="amp" src="${baseURL}embed/ic/" title="chart" style="width:100%;height:300px;border:0"></iframe>
<script>window.amp = []; addEventListener('message', (event) => { if (event.data && event.data.sentinel === 'amp') amp.push(event.data); });</script>`)
	);
	await page.goto(url);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { amp: unknown[] }).amp.length))
		.toBeGreaterThan(0);
	const [message] = await page.evaluate(
		() => (window as unknown as { amp: Array<Record<string, unknown>> }).amp
	);
	expect(message).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
	expect(message?.height).toBeGreaterThan(300);
});

/** Messages no host or embed of ours sends: malformed, out of range, or hostile. */
const HOSTILE: unknown[] = [
	null,
	12345,
	'',
	'x'.repeat(100_000),
	['pym', 'box', 'height', 50],
	{ sentinel: 'amp', type: 'embed-size', height: 1 },
	{ sentinel: 'amp', type: 'embed-size', height: 1e12 },
	{ sentinel: 'amp', type: 'embed-size', height: '<img src=x onerror=alert(1)>' },
	{ type: 'story:step', step: 5 },
	{ __proto__: { height: 9 }, constructor: { prototype: { polluted: true } } },
	'pymxPYMxboxxPYMxheightxPYMx-40',
	'pymxPYMxboxxPYMxheightxPYMx1e9',
	'pymxPYMxboxxPYMxheightxPYMxNaN',
	'pymxPYMxboxxPYMxheightxPYMx<b>9</b>',
	'pymxPYMxboxxPYMxwidthxPYMx-1',
	'pymxPYMxboxxPYMxwidthxPYMxInfinity',
	'pymxPYMxboxxPYMxnavigateToxPYMxjavascript:alert(1)',
	'pymxPYMxboxxPYMxscrollToChildPosxPYMx99999',
	'pymxPYMxboxxPYMxviewport-iframe-positionxPYMxNaN NaN NaN NaN NaN NaN',
	'pymxPYMxboxxPYMxviewport-iframe-positionxPYMx390 844 -1e308 0 1 390',
	'pymxPYMxboxxPYMxviewport-iframe-positionxPYMx390 844 -999999999 0 5 390',
	'pymxPYMxboxxPYMxviewport-iframe-positionxPYMx390\u2028844 0 0 100 390',
	'pymxPYMxbox\u0000xPYMxheightxPYMx50',
	'pymxPYMxboxxPYMxheightxPYMx50xPYMxextra'
];

test('a burst of hostile messages, to the loader and into the embed, changes nothing', async ({
	page,
	host,
	baseURL
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const url = host.page(
		'/rogue.html',
		article(`<div id="box" data-story-embed="${baseURL}embed/?step=3"></div>
<iframe id="rogue" title="rogue" srcdoc="<script>window.send = (message) => parent.postMessage(message, '*')</script>"></iframe>
<script async src="${baseURL}embed.js"></script>`)
	);
	await page.goto(url);
	const frame = page.locator('#box iframe');
	await expect(frameChart(page)).toHaveAttribute('data-step', '3');
	await expect.poll(async () => Object.values(await contentHeight(page)).reduce((a, b) => a - b)).toBe(0);
	const settled = await frame.getAttribute('height');
	const src = await frame.getAttribute('src');
	const sent = await page.evaluate((messages) => {
		const rogue = document.querySelector<HTMLIFrameElement>('#rogue')!.contentWindow as unknown as {
			send(message: unknown): void;
		};
		const embed = document.querySelector<HTMLIFrameElement>('#box iframe')!.contentWindow!;
		let count = 0;
		for (const message of messages) {
			// To the loader, from the host's own window and from a frame that is not ours…
			window.postMessage(message, '*');
			rogue.send(message);
			// …and into our embed, as a hostile host would.
			embed.postMessage(message, '*');
			count += 3;
		}
		return count;
	}, HOSTILE);
	expect(sent).toBe(HOSTILE.length * 3);
	await page.waitForTimeout(600);
	expect(await frame.getAttribute('height')).toBe(settled);
	expect(await frame.getAttribute('src')).toBe(src);
	await expect(frameChart(page)).toHaveAttribute('data-step', '3');
	expect(
		page
			.frames()
			.find((item) => item.url().startsWith(baseURL!))
			?.url()
	).toBe(src);
	expect(dialogs).toEqual([]);
});

test('a plain iframe, as a CMS without scripts keeps it, steps with its buttons and keys', async ({
	page,
	host,
	baseURL
}) => {
	const url = host.page(
		'/plain.html',
		article(
			`<iframe src="${baseURL}embed/" title="Story" width="100%" height="900" style="border:0"></iframe>`,
			{
				above: 50
			}
		)
	);
	await page.goto(url);
	const inner = page.frameLocator('iframe');
	await expect(inner.locator('.chart[data-step]')).toHaveAttribute('data-step', '1');
	await inner.getByRole('button', { name: 'Next step' }).click();
	await expect(inner.locator('.chart[data-step]')).toHaveAttribute('data-step', '2');
	await page.keyboard.press('ArrowRight');
	await expect(inner.locator('.chart[data-step]')).toHaveAttribute('data-step', '3');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(inner.locator('.chart[data-step]')).toHaveAttribute('data-step', '1');
});

test('the scroll-driven story follows the host’s scroll and keeps its chart in view', async ({
	page,
	host,
	baseURL
}) => {
	test.slow();
	const url = host.page(
		'/scroll.html',
		article(`<div id="scrolly" data-story-embed="${baseURL}embed/" data-mode="scroll" data-title="Story"></div>
<script async src="${baseURL}embed.js"></script>`)
	);
	await page.goto(url);
	const frame = page.locator('#scrolly iframe');
	await expect(frame).toHaveAttribute('src', /mode=scroll/);
	// The frame takes the story's full height: many viewports tall, with no scrollbar of its own.
	const viewport = page.viewportSize()!;
	await expect
		.poll(async () => Number(await frame.getAttribute('height')))
		.toBeGreaterThan(viewport.height * 10);
	await expect.poll(async () => Object.values(await contentHeight(page)).reduce((a, b) => a - b)).toBe(0);
	const inner = page.frameLocator('#scrolly iframe');
	for (let n = 1; n <= STEP_DEFS.length; n++) {
		// Scroll the host so step n's top is just above the middle of the host's viewport.
		const top = await inner.locator(`#step-${n}`).evaluate((step) => step.getBoundingClientRect().top);
		const frameTop = await frame.evaluate((element) => element.getBoundingClientRect().top + scrollY);
		await page.evaluate((y) => scrollTo(0, y), frameTop + top - viewport.height * 0.4);
		await expect(inner.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
		await expect(inner.locator('.chart[data-step]')).toHaveAttribute('data-step', String(n));
		// The chart sits at the top of the host's viewport (or of the frame, before the host has scrolled
		// to it), though the frame itself never scrolls.
		const frameNow = (await frame.boundingBox())!.y;
		await expect
			.poll(async () => {
				const chartTop = await inner
					.locator('.graphic')
					.evaluate((graphic) => graphic.getBoundingClientRect().top);
				return Math.abs(frameNow + chartTop - Math.max(frameNow, 0));
			})
			.toBeLessThanOrEqual(2);
	}
});

test('the builder’s snippets, pasted into a page, embed what was picked', async ({ page, host }) => {
	await page.goto('./');
	const builder = page.locator('#embed');
	// The builder, far below the story, comes to life once the reader scrolls.
	await builder.scrollIntoViewIfNeeded();
	await expect(builder).toHaveAttribute('data-ready', 'true');
	await builder.getByLabel('What to embed').selectOption('rd-intensity');
	await builder.getByLabel('Theme').selectOption('dark');
	const code = builder.getByLabel('Embed code');
	const loader = await code.inputValue();
	expect(loader).toContain('/embed/rd-intensity/?theme=dark');
	expect(loader).toContain('embed.js');
	expect(loader).toMatch(/<noscript><a href="http:\/\/127\.0\.0\.1:\d+\/">/);
	await builder.getByLabel(/The frame alone/).check();
	const iframe = await code.inputValue();
	expect(iframe).toMatch(
		/^<iframe src="[^"]+\/embed\/rd-intensity\/\?theme=dark" title="[^"]+" width="100%" height="\d+"/
	);
	expect(iframe).toContain('<noscript>');

	for (const [name, snippet] of [
		['loader', loader],
		['iframe', iframe]
	] as const) {
		await page.goto(host.page(`/pasted-${name}.html`, article(snippet, { above: 100 })));
		await expect(frameChart(page)).toHaveAttribute('data-scene', 'rd-intensity');
		const inner = page.frameLocator('iframe').first();
		await expect(inner.locator('html')).toHaveAttribute('data-theme', 'dark');
	}
	await page.goto('./');
	await builder.scrollIntoViewIfNeeded();
	await expect(builder).toHaveAttribute('data-ready', 'true');
	await builder.getByLabel('What to embed').selectOption('scroll');
	await builder.getByLabel(/The frame alone/).check();
	await expect(builder.getByText(/needs the script/)).toBeVisible();
	expect(await code.inputValue()).toMatch(/\/embed\/"/);
});
