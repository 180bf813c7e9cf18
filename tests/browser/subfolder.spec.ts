/**
 * The same build served from a sub-folder of a static host: styles and scripts load through the
 * relative paths, nothing 404s, and the story still reacts to scrolling.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, wheelToStep } from './fixtures';

const BASE = '/news/2023/shanghai-engines/';
let server: ChildProcess;
let url = '';

// Each worker starts its own server on a free port and reads the address it prints.
test.beforeAll(async () => {
	server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--base', BASE], { stdio: 'pipe' });
	url = await new Promise<string>((resolve, reject) => {
		server.stdout?.on('data', (chunk: Buffer) => {
			const match = /http:\/\/\S+/.exec(chunk.toString());
			if (match) resolve(match[0]);
		});
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
});

test.afterAll(() => {
	server.kill();
});

test('the build works from a sub-folder', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(url);
	expect(new URL(page.url()).pathname).toBe(BASE);
	const position = await page.locator('.graphic').evaluate((element) => getComputedStyle(element).position);
	expect(position).toBe('sticky');
	await wheelToStep(page, 3);
	await expect(page.locator('#step-3')).toHaveAttribute('aria-current', 'step');
	expect(failed).toEqual([]);
});
