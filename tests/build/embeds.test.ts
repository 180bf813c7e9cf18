/**
 * The embed pages and the loader as the build writes them: every chart has its page, each page is
 * described, indexable, with a canonical link to the story when the build knows the site's address,
 * and carries its chart without JavaScript, and
 * `/embed.js` is one small self-contained script. Runs after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCENES } from '$lib/story/steps';

const pages = ['build/embed/index.html', ...SCENES.map((scene) => `build/embed/${scene}/index.html`)];

describe('embed pages', () => {
	it.each(pages)('%s describes itself, points search engines to the story, and draws its chart in the HTML', (path) => {
		expect(existsSync(path)).toBe(true);
		const html = readFileSync(path, 'utf8');
		// Not noindex (with a canonical, search engines read it as a conflicting signal), and described.
		expect(html).not.toMatch(/<meta name="robots"/);
		expect(/<meta name="description" content="([^"]{20,})"/.exec(html)).not.toBeNull();
		// The canonical is the story's absolute address, or none when the build was not told the site's.
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		const site = process.env.STORY_SITE_URL;
		if (site) expect(canonical).toMatch(/^https?:\/\//);
		else expect(canonical).toBeUndefined();
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
