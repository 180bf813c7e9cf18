/**
 * What the build does for the first paint: no module preloads in the head (the start-up script adds
 * them once the page is painted), every stylesheet inline, and the parts only a reader without
 * JavaScript sees inside <noscript>. Runs after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENES } from '$lib/story/steps';

const pages = [
	'build/index.html',
	'build/zh/index.html',
	'build/embed/index.html',
	...SCENES.map((scene) => `build/embed/${scene}/index.html`),
	'build/present/index.html',
	'build/zh/present/index.html'
];
const read = (path: string) => readFileSync(path, 'utf8');
/** The page with its <noscript> parts and scripts taken out: what a browser with JavaScript builds. */
const withJavaScript = (html: string) =>
	html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');

describe('the first paint', () => {
	it.each(pages)('%s asks for no script module or stylesheet before it is painted', (path) => {
		const html = read(path);
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).not.toMatch(/rel="modulepreload"/);
		// SvelteKit keeps disabled links for its own bookkeeping; a disabled stylesheet is never fetched.
		expect(head).not.toMatch(/<link(?![^>]*\sdisabled\b)[^>]+rel="stylesheet"/);
		expect(head).toMatch(/<style[^>]*>[\s\S]{1000,}<\/style>/);
		// The modules are still named, for the start-up script to fetch once the page is painted.
		expect(html).toMatch(/requestAnimationFrame[\s\S]*link\.rel = 'modulepreload'[\s\S]*import\(/);
	});

	it('keeps the story’s static charts, one per step, out of the page a browser with JavaScript builds', () => {
		for (const path of ['build/index.html', 'build/zh/index.html']) {
			const html = read(path);
			const charts = html.match(/<noscript><div class="static-chart[^"]*"[^>]*data-noscript/g) ?? [];
			expect(charts.length).toBe((html.match(/class="step nojs-flow/g) ?? []).length);
			expect(charts.length).toBeGreaterThan(20);
			expect(withJavaScript(html)).not.toContain('class="static-chart');
		}
	});

	it('keeps present mode’s handout out of the page a browser with JavaScript builds', () => {
		for (const path of ['build/present/index.html', 'build/zh/present/index.html']) {
			const html = read(path);
			expect(html).toMatch(/<noscript><div data-noscript[^>]*>\s*(<!--[^>]*-->)*<article class="handout/);
			expect(withJavaScript(html)).not.toContain('data-handout');
		}
	});
});
