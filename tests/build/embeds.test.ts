/**
 * The embed pages and the loader as the build writes them: every chart has its page, each page is
 * `noindex` with a canonical link to the story and carries its chart without JavaScript, and
 * `/embed.js` is one small self-contained script. Runs after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCENES } from '$lib/story/steps';

const pages = ['build/embed/index.html', ...SCENES.map((scene) => `build/embed/${scene}/index.html`)];

describe('embed pages', () => {
	it.each(pages)('%s is noindex, points to the story, and draws its chart in the HTML', (path) => {
		expect(existsSync(path)).toBe(true);
		const html = readFileSync(path, 'utf8');
		expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		const depth = path.split('/').length - 2; // folders below build/
		expect(canonical).toBe('../'.repeat(depth));
		expect(html).toMatch(/class="chart[^"]*" data-step="\d+" data-scene="[\w-]+"/);
		expect(html).not.toMatch(/class="masthead/);
	});

	it('gives each chart page its own scene only', () => {
		for (const scene of SCENES) {
			const html = readFileSync(`build/embed/${scene}/index.html`, 'utf8');
			expect(html).toContain(`data-scene="${scene}"`);
			expect(html).toContain(`data-table="${scene}"`);
		}
	});
});

describe('/embed.js', () => {
	const script = readFileSync('build/embed.js', 'utf8');

	it('weighs at most 3 KB gzipped', () => {
		expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
	});

	it('is one classic script: no imports, nothing evaluated from strings', () => {
		expect(script).not.toMatch(/\bimport\s*[({"'`]|\bimport\s+\w/);
		expect(script).not.toMatch(/\beval\s*\(|new Function\s*\(/);
		expect(script).toContain('data-story-embed');
	});
});
