/** Lighthouse mobile runs and the transfer sizes read from them. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../find-chromium.mjs';
import { round } from './stats.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run in a fresh headless Chromium. Never throws: a failure comes back as `{ error }`. */
export async function lighthouseRun(chromePath, url) {
	let chrome;
	try {
		chrome = await chromeLauncher.launch({
			chromePath,
			chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
			logLevel: 'silent'
		});
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES,
			// The story is ~30,000 px tall; its full-page screenshot costs seconds and feeds no number here.
			disableFullPageScreenshot: true
		});
		const lhr = result?.lhr;
		if (!lhr) return { error: 'Lighthouse returned no result' };
		const warnings = [...(lhr.runWarnings ?? [])];
		for (const audit of Object.values(lhr.audits)) {
			if (audit.scoreDisplayMode === 'error')
				warnings.push(`audit ${audit.id} errored: ${audit.errorMessage}`);
		}
		if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, warnings };
		const score = (id) => {
			const value = lhr.categories[id]?.score;
			return typeof value === 'number' ? Math.round(value * 100) : null;
		};
		const numeric = (id) => {
			const value = lhr.audits[id]?.numericValue;
			return typeof value === 'number' ? value : null;
		};
		return {
			lhr,
			warnings,
			values: {
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcpMs: round(numeric('largest-contentful-paint'), 1),
				tbtMs: round(numeric('total-blocking-time'), 1),
				cls: round(numeric('cumulative-layout-shift'), 4)
			}
		};
	} catch (error) {
		return { error: String(error?.message ?? error).split('\n')[0] };
	} finally {
		try {
			chrome?.kill();
		} catch {
			// already gone
		}
	}
}

/** Transfer (compressed) bytes by type, and the request count, from a run's network-requests audit. */
export function bytesFrom(lhr) {
	const items = lhr?.audits['network-requests']?.details?.items;
	if (!Array.isArray(items)) return null;
	const TYPE = { Script: 'js', Stylesheet: 'css', Document: 'html', Font: 'font', Image: 'image' };
	const bytes = { js: 0, css: 0, html: 0, font: 0, image: 0, other: 0, total: 0 };
	let requests = 0;
	for (const item of items) {
		// data: and blob: URLs never touch the network.
		if (/^(data|blob):/.test(item.url ?? '')) continue;
		const size = item.transferSize ?? 0;
		bytes[TYPE[item.resourceType] ?? 'other'] += size;
		bytes.total += size;
		requests += 1;
	}
	return { bytes, requests };
}

/**
 * The paths of the scripts a run loaded from `origin` (the page's own JavaScript, what the budget's
 * `jsGzipKB` weighs), or null without a network log.
 */
export function scriptPaths(lhr, origin) {
	const items = lhr?.audits['network-requests']?.details?.items;
	if (!Array.isArray(items)) return null;
	return [
		...new Set(
			items
				.filter((item) => item.resourceType === 'Script' && item.url?.startsWith(`${origin}/`))
				.map((item) => new URL(item.url).pathname)
		)
	];
}
