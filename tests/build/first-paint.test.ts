/**
 * What the build does for the first paint: no script and no module preload before the page is painted
 * (one inline loader asks for the page's island script once the first paint is on screen; no page loads
 * SvelteKit's client), every stylesheet inline, and the parts only a reader without JavaScript sees
 * inside <noscript>. Runs after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES } from '$lib/story/steps';

const pages = [
	'build/index.html',
	'build/zh/index.html',
	'build/embed/index.html',
	'build/embed/scroll/index.html',
	...SCENES.map((scene) => `build/embed/${scene}/index.html`),
	'build/present/index.html',
	'build/zh/present/index.html'
];
const read = (path: string) => readFileSync(path, 'utf8');
/** The page with its <noscript> parts and scripts taken out: what a browser with JavaScript builds. */
const withJavaScript = (html: string) =>
	html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');

/** The page's island script, as its inline loader names it. */
function loaderOf(html: string): { script: string; body: string } | undefined {
	const match = /<script>(\(\(\) => \{[\s\S]*?import\(("[^"]+")\)[\s\S]*?)<\/script>/.exec(html);
	return match ? { body: match[1]!, script: JSON.parse(match[2]!) } : undefined;
}

/** The files a script imports statically (`import{…}from"./x.js"`, `import"./x.js"`), not `import(…)`. */
const staticImports = (code: string) =>
	[...code.matchAll(/\bimport\s*(?:[\w${}*,\s]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map(
		(match) => match[1]!
	);

/** Which island script each kind of page runs: a chart embed runs its scene's (`chart-ic`). */
const islandOf = (path: string) =>
	/present\//.test(path)
		? 'present'
		: /embed\/index/.test(path)
			? 'stepper'
			: /embed\/scroll\//.test(path)
				? 'hosted'
				: /embed\//.test(path)
					? `chart-${/embed\/([\w-]+)\//.exec(path)![1]}`
					: 'story';

describe('the first paint', () => {
	it.each(pages)('%s asks for no script or stylesheet before it is painted, then for its islands', (path) => {
		const html = read(path);
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).not.toMatch(/rel="modulepreload"/);
		// No script is fetched while the page is parsed, and SvelteKit's client is not loaded at all.
		expect(html).not.toMatch(/<script[^>]*\ssrc=/);
		expect(html).not.toContain('__sveltekit_');
		// SvelteKit keeps disabled links for its own bookkeeping; a disabled stylesheet is never fetched.
		expect(head).not.toMatch(/<link(?![^>]*\sdisabled\b)[^>]+rel="stylesheet"/);
		expect(head).toMatch(/<style[^>]*>[\s\S]{1000,}<\/style>/);
		// One loader, at the end of the body, waits for the first paint to be on screen, then imports the
		// page's script.
		const loader = loaderOf(html);
		expect(loader, 'the island loader').toBeDefined();
		expect(html.indexOf(loader!.body)).toBeGreaterThan(html.lastIndexOf('data-island='));
		expect(loader!.body).toContain("getEntriesByName('first-contentful-paint')");
		expect(loader!.body).not.toContain('modulepreload');
		expect(loader!.script).toMatch(new RegExp(`^(\\./|(\\.\\./)+)_app/immutable/islands/${islandOf(path)}\\.[\\w-]+\\.js$`));
		// That script is one file, holding all the page runs at once (the first chart scene's code among
		// it): it imports no other file before it runs; later scenes it fetches with `import()`.
		const script = join(dirname(path), loader!.script);
		expect(existsSync(script), loader!.script).toBe(true);
		expect(staticImports(read(script))).toEqual([]);
	});

	it('fetches each later scene with a bare import(), not through Vite’s preload helper', () => {
		const folder = 'build/_app/immutable/islands';
		const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
		expect(scripts.some((file) => /Scene\.[\w-]+\.js$/.test(file))).toBe(true);
		for (const file of scripts) {
			const code = read(join(folder, file));
			// The helper's calls pass it `import.meta.url` (their third argument), or the placeholder
			// for their dependencies if Vite did not fill it in.
			expect(code, file).not.toContain('import.meta.url');
			expect(code, file).not.toContain('__VITE_PRELOAD__');
		}
	});

	it('finds a script’s static imports, and not its dynamic ones', () => {
		expect(
			staticImports(
				'import{a as b,c}from"./runtime.A1.js";import"./side.B2.js";import*as d from "../x.js";' +
					'const l=()=>import(`./SeiValueScene.C3.js`);import{e}from"svelte"'
			)
		).toEqual(['./runtime.A1.js', './side.B2.js', '../x.js']);
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
