/**
 * The same build served from a sub-folder of a static host: styles and scripts load through the
 * relative paths, nothing 404s, and the story still reacts to scrolling.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, wheelToStep } from './fixtures';

const PORT = 4180;
const BASE = '/news/2023/shanghai-engines/';
let server: ChildProcess;

test.beforeAll(async () => {
	server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--base', BASE], {
		stdio: 'pipe'
	});
	await new Promise<void>((resolve, reject) => {
		server.stdout?.on('data', () => resolve());
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
});

test.afterAll(() => {
	server.kill();
});

test.use({ baseURL: `http://127.0.0.1:${PORT}${BASE}` });

test('the build works from a sub-folder', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(`http://127.0.0.1:${PORT}${BASE}`);
	const position = await page.locator('.graphic').evaluate((element) => getComputedStyle(element).position);
	expect(position).toBe('sticky');
	await wheelToStep(page, 3);
	await expect(page.locator('#step-3')).toHaveAttribute('aria-current', 'step');
	expect(failed).toEqual([]);
});
