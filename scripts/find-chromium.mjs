#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests and the benchmark, or gets one, and says which:
 *  1. $CHROME_PATH;
 *  2. the system's Chromium or Chrome (/usr/bin/chromium, chromium-browser, google-chrome…);
 *  3. Playwright's own download, if one is already on disk;
 *  4. otherwise installs one: Debian's `chromium` package when running as root with apt-get,
 *     else `npx playwright install chromium`.
 * `findChromium()` only looks; `ensureChromium()` may install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/** The flags every launch uses on these machines: no sandbox as root, and no background network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

async function playwrightOwn() {
	try {
		const { chromium } = await import('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** CHROME_PATH or the system's browser, without looking further. */
export function findSystemChromium() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, how: 'CHROME_PATH' };
	const system = SYSTEM.find((path) => existsSync(path));
	if (system) return { path: system, how: 'the system' };
	return undefined;
}

/** @returns {Promise<{ path: string, how: string } | undefined>} */
export async function findChromium() {
	const found = findSystemChromium();
	if (found) return found;
	const own = await playwrightOwn();
	if (own) return { path: own, how: "Playwright's download" };
	return undefined;
}

/** Whether the machine has a font with Chinese characters (fontconfig's list for `zh`). */
export function hasChineseFont() {
	try {
		return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
	} catch {
		return false;
	}
}

/**
 * A reader of the Chinese edition has Chinese fonts; a bare test machine may have none, and then
 * Chromium draws empty boxes and spends its layouts looking for glyphs no font has. As root with
 * apt-get, installs Debian's small `fonts-wqy-microhei` (one of the faces the Chinese edition names).
 */
export function ensureChineseFont() {
	if (hasChineseFont() || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return;
	console.log("No Chinese font found: installing Debian's fonts-wqy-microhei package (apt-get)…");
	execFileSync('apt-get', ['install', '-y', '-qq', 'fonts-wqy-microhei'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

/** @returns {Promise<{ path: string, how: string }>} */
export async function ensureChromium() {
	ensureChineseFont();
	const found = await findChromium();
	if (found) return found;
	const root = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (root && hasApt) {
		console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} else {
		console.log('No Chromium found: running `npx playwright install chromium`…');
		execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	}
	const installed = await findChromium();
	if (!installed)
		throw new Error('Could not find or install Chromium; set CHROME_PATH to a Chromium or Chrome binary.');
	return { path: installed.path, how: `installed just now (${installed.how})` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { path, how } = await ensureChromium();
	console.log(`Chromium: ${path} (${how})`);
}
