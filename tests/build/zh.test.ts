/**
 * The Chinese edition as the build writes it: `lang="zh-CN"`, the language alternates both ways with
 * `x-default`, `og:locale`, and no English on a Chinese page outside an allow-list of names and
 * acronyms (the list of sources, parts marked `lang="en"` and formulas in `<code>` aside). Runs after
 * `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENES } from '$lib/story/steps';

/** Latin words a Chinese page may show: names kept in their source's spelling, acronyms, key names. */
export const LATIN_ALLOWED = [
	// People, in pinyin, as no source gives their names in characters
	'Gong',
	'Zheng',
	'Li',
	'Ying',
	'Tan',
	'Guosheng',
	'Huang',
	'Yixuan',
	// Companies and products, as their sources spell them
	'Xiaodu',
	'United',
	'Imaging',
	'Baidu',
	'uEXPLORER',
	// The source article's publisher
	'SHINE',
	'Shanghai',
	'Daily',
	// Funding rounds (A轮, B轮), acronyms and standards
	'A',
	'B',
	'GDP',
	'FDA',
	'PET',
	'CT',
	'CSV',
	'APA',
	'GB',
	'T',
	'EB',
	'OL',
	// Keys on the keyboard, in present mode's help line
	'Page',
	'Down',
	'Up',
	'Home',
	'End',
	'Enter',
	'F',
	'N',
	'M'
];

const PAGES = [
	'build/zh/index.html',
	'build/zh/embed/index.html',
	'build/zh/present/index.html',
	...SCENES.map((scene) => `build/zh/embed/${scene}/index.html`)
];

/** The words a reader sees: scripts, styles, code and parts marked as another language removed. */
function visibleText(html: string): string {
	let body = html.slice(html.indexOf('<body'));
	body = body
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<code[\s\S]*?<\/code>/g, ' ');
	// The list of sources: each title as its source writes it (English, Japanese, or Chinese with a gloss).
	body = body.replace(/<li id="source-[\s\S]*?<\/li>/g, ' ');
	for (const tag of ['a', 'span', 'td', 'dd', 'option']) {
		body = body.replace(new RegExp(`<${tag}\\b[^>]*\\slang="(en|ja)"[^>]*>[\\s\\S]*?</${tag}>`, 'g'), ' ');
	}
	return body.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
}

describe('the Chinese edition', () => {
	const zh = readFileSync('build/zh/index.html', 'utf8');
	const en = readFileSync('build/index.html', 'utf8');

	it('is zh-CN, with og:locale and alternates both ways', () => {
		expect(zh).toMatch(/<html lang="zh-CN">/);
		expect(zh).toContain('<meta property="og:locale" content="zh_CN"');
		expect(zh).toContain('<meta property="og:locale:alternate" content="en_GB"');
		for (const html of [zh, en]) {
			expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*"/);
			expect(html).toMatch(/<link rel="alternate" hreflang="zh-CN" href="[^"]*zh\/"/);
			expect(html).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]*"/);
		}
	});

	it.each(PAGES)('%s shows no English outside the allow-list', (path) => {
		const words = visibleText(readFileSync(path, 'utf8')).match(/[A-Za-z]+/g) ?? [];
		const stray = [...new Set(words.filter((word) => !LATIN_ALLOWED.includes(word)))];
		expect(stray).toEqual([]);
	});
});
