/**
 * Hostile hosts and hostile URLs, in Chromium, against the build served with the headers of
 * static/_headers (as scripts/serve.mjs serves it):
 * - the story and present mode refuse to be framed by another origin; the embeds let anyone frame them;
 * - every response carries nosniff, no-referrer and a Permissions-Policy; no cookie is ever set;
 * - with storage blocked (as in a sandboxed frame or a strict browser) nothing throws and the switches work;
 * - nasty values in every URL parameter we read give no error, no markup and always a valid step.
 * The Content Security Policy of every page is checked in tests/build/csp.test.ts; any violation of it
 * is a console error, which fails every browser test (fixtures.ts).
 */
import type { Browser } from '@playwright/test';
import { STEP_DEFS } from '../../src/lib/story/steps';
import { expect, test } from './host';

const TOTAL = STEP_DEFS.length;

// Headers, framing and parsing are the same at any size: the desktop project runs them.
test.skip(({ isMobile }) => isMobile, 'the desktop project runs these');

/**
 * Opens a host page (another origin) that frames one of our pages, in a context of its own (a refused
 * frame logs an error, which the usual guard would count), and says whether our page loaded in it.
 */
async function framed(browser: Browser, url: string): Promise<boolean> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	const frame = page.frameLocator('iframe');
	// The embed's or the story's own chart; a refused frame shows the browser's error page instead.
	const loaded = await frame
		.locator('[data-step]')
		.first()
		.waitFor({ state: 'attached', timeout: 5_000 })
		.then(() => true)
		.catch(() => false);
	await context.close();
	return loaded;
}

test('another site may frame the embeds, but not the story or present mode', async ({
	browser,
	host,
	baseURL
}) => {
	test.slow();
	const cases = [
		{ path: '', allowed: false },
		{ path: 'zh/', allowed: false },
		{ path: 'present/', allowed: false },
		{ path: 'zh/present/', allowed: false },
		{ path: 'embed/', allowed: true },
		{ path: 'embed/ic/', allowed: true },
		{ path: 'zh/embed/xiaodu/', allowed: true }
	];
	for (const { path, allowed } of cases) {
		const url = host.page(
			`/frame-${path.replace(/\W/g, '-')}.html`,
			`<!doctype html><title>host</title><iframe title="story" src="${baseURL}${path}" width="600" height="600"></iframe>`
		);
		expect(await framed(browser, url), `/${path}`).toBe(allowed);
	}
});

test('every response says nosniff, sends no referrer, turns off powerful features, and no cookie is set', async ({
	page,
	request
}) => {
	for (const path of ['', 'zh/', 'embed/', 'embed/ic/', 'present/', 'embed.js', 'data/figures.csv']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('no-referrer');
		expect(headers['permissions-policy'], path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
		expect(headers['set-cookie'], path).toBeUndefined();
	}
	for (const path of ['', 'embed/', 'present/']) {
		await page.goto(path);
		await expect(page.locator('[data-step]').first()).toBeAttached();
		expect(await page.evaluate(() => document.cookie)).toBe('');
	}
	expect(await page.context().cookies()).toEqual([]);
});

test('with storage blocked, every page works and the animation switches still switch', async ({ page }) => {
	await page.addInitScript(() => {
		const blocked = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		Object.defineProperty(window, 'localStorage', { get: blocked });
		Object.defineProperty(window, 'sessionStorage', { get: blocked });
	});
	await page.goto('./');
	const animation = page.getByRole('button', { name: /^Animation/ });
	await expect(animation).toHaveAttribute('aria-pressed', 'true');
	// The switch works once the story is live; a click before that is not heard, so it is tried again.
	await expect(async () => {
		await animation.click();
		await expect(animation).toHaveAttribute('aria-pressed', 'false', { timeout: 1_000 });
	}).toPass();
	for (const path of ['embed/', 'embed/ic/', 'present/']) {
		await page.goto(path);
		await expect(page.locator('[data-step]').first()).toBeAttached();
	}
	await expect(page.locator('.present')).toHaveAttribute('data-ready', 'true');
	await page.keyboard.press('m');
	await expect(page.getByRole('button', { name: /^Animation/ })).toHaveAttribute('aria-pressed', 'false');
});

/** Values a hostile or careless link may put in any parameter. */
const NASTY = [
	'',
	'-1',
	'0',
	'-0',
	'1.5',
	'3e1',
	'0x1A',
	'99999999999999999999',
	'NaN',
	'Infinity',
	' 3',
	'3 ',
	'٣',
	'３',
	'3\u200b',
	'\u202e3',
	'3;alert(1)',
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload=window.__pwned=1>',
	"'><script>window.__pwned=1</script>",
	'javascript:window.__pwned=1',
	'%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
	'dark<script>window.__pwned=1</script>',
	'x'.repeat(5_000),
	'pymxPYMxboxxPYMxheightxPYMx1',
	'constructor',
	'__proto__'
];

/** Every URL parameter a page of ours reads. */
const PARAMETERS = ['step', 'theme', 'childId', 'initialWidth', 'mode'];

// One test per page and parameter: 27 loads each, so one slow load on a busy machine does not sink
// a hundred others, and the two workers share the loads.
for (const path of ['', 'embed/', 'embed/ic/', 'present/']) {
	for (const name of PARAMETERS) {
		test(`/${path}?${name}=: ${NASTY.length} nasty values give a valid page and no markup`, async ({
			page
		}) => {
			test.slow();
			for (const value of NASTY) {
				const query = new URLSearchParams({ [name]: value });
				await page.goto(`${path}?${query}`);
				const chart = page.locator('[data-step]').first();
				await expect(chart).toBeAttached();
				const step = Number(await chart.getAttribute('data-step'));
				expect(Number.isInteger(step) && step >= 1 && step <= TOTAL, `${name}=${value}: step ${step}`).toBe(
					true
				);
				const state = await page.evaluate(() => ({
					pwned: (window as unknown as { __pwned?: number }).__pwned,
					injected: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
					theme: document.documentElement.getAttribute('data-theme')
				}));
				expect(state.pwned, `${name}=${value}`).toBeUndefined();
				expect(state.injected, `${name}=${value}: markup`).toBe(0);
				expect(['light', 'dark', null], `${name}=${value}: theme`).toContain(state.theme);
			}
		});
	}
}
