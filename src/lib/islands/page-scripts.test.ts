import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addIslandScript, filesOf } from './page-scripts';

const ENTRY = 'src/lib/islands/entries/story.ts';
const SCENE = 'src/lib/charts/scenes/FirmsScene.svelte';
/** A client build as Vite's manifest describes it: the island script, a scene, and what they share. */
const chunks = {
	[ENTRY]: { file: '_app/immutable/islands/story.A1.js', imports: ['_runtime.B2.js'] },
	'_runtime.B2.js': { file: '_app/immutable/islands/runtime.B2.js' },
	[SCENE]: { file: '_app/immutable/islands/FirmsScene.C3.js', imports: ['_helpers.D4.js', '_runtime.B2.js'] },
	'_helpers.D4.js': { file: '_app/immutable/islands/helpers.D4.js', imports: ['_runtime.B2.js'] }
};
const CSP = `default-src 'self'; script-src 'self' 'sha256-theme='; style-src 'self'`;
const page = (preload = SCENE) =>
	`<html><head><meta http-equiv="content-security-policy" content="${CSP}"></head><body>` +
	`<div class="island" data-island="story" data-preload="${preload}"></div></body></html>`;

/** The inline loader a page was given: its body, what it preloads and what it imports. */
function loader(html: string) {
	const body = /<script>([\s\S]*?)<\/script><\/body>/.exec(html)?.[1] ?? '';
	return {
		body,
		preloads: JSON.parse(/const hrefs = (\[[^\]]*\]);/.exec(body)?.[1] ?? 'null') as string[],
		imports: /import\(("[^"]+")\)/.exec(body)?.[1]
	};
}

describe('addIslandScript', () => {
	it('adds one loader at the end of the body that waits for the first frame, then preloads and imports', () => {
		const html = addIslandScript(page(), { entry: ENTRY, depth: 0, dev: false, chunks });
		const { body, preloads, imports } = loader(html);
		expect(body).toMatch(/^\(\(\) => \{/);
		expect(body).toContain('requestAnimationFrame(() => setTimeout(start))');
		// For a frame the browser never paints (a background tab), it starts anyway.
		expect(body).toContain('setTimeout(start, 200)');
		expect(imports).toBe('"./_app/immutable/islands/story.A1.js"');
		// The island script's imports and the scene the island asked for, with theirs, each once.
		expect(preloads).toEqual([
			'./_app/immutable/islands/runtime.B2.js',
			'./_app/immutable/islands/FirmsScene.C3.js',
			'./_app/immutable/islands/helpers.D4.js'
		]);
		expect(html.match(/<script/g)).toHaveLength(1);
	});

	it('imports the island script at once, then asks for one module per task, so no task grows long', () => {
		const { body } = loader(addIslandScript(page(), { entry: ENTRY, depth: 0, dev: false, chunks }));
		const tasks: Array<() => void> = [];
		const appended: string[] = [];
		const imported: string[] = [];
		const run = new Function(
			'requestAnimationFrame',
			'setTimeout',
			'document',
			'__import',
			body.replaceAll('import(', '__import(')
		);
		run(
			(callback: () => void) => tasks.push(callback),
			(callback: () => void) => tasks.push(callback),
			{
				createElement: () => ({}),
				head: { append: (link: { rel: string; href: string }) => appended.push(`${link.rel} ${link.href}`) }
			},
			(href: string) => (imported.push(href), Promise.resolve())
		);
		/** Runs the tasks queued so far, one by one, and returns what each added to the page. */
		const perTask: string[][] = [];
		while (tasks.length) {
			const before = appended.length;
			tasks.shift()!();
			perTask.push(appended.slice(before));
		}
		expect(imported).toEqual(['./_app/immutable/islands/story.A1.js']);
		// The frame and the 200 ms fallback both start it; it starts once.
		expect(appended).toEqual([
			'modulepreload ./_app/immutable/islands/runtime.B2.js',
			'modulepreload ./_app/immutable/islands/FirmsScene.C3.js',
			'modulepreload ./_app/immutable/islands/helpers.D4.js'
		]);
		expect(Math.max(...perTask.map((added) => added.length))).toBe(1);
	});

	it('writes every address relative to the page, however deep it is', () => {
		const deep = loader(addIslandScript(page(), { entry: ENTRY, depth: 3, dev: false, chunks }));
		expect(deep.imports).toBe('"../../../_app/immutable/islands/story.A1.js"');
		expect(deep.preloads.every((href) => href.startsWith('../../../_app/'))).toBe(true);
	});

	it('allows the loader, and only it, in the page’s Content Security Policy, keeping the hashes it had', () => {
		const html = addIslandScript(page(), { entry: ENTRY, depth: 1, dev: false, chunks });
		const hash = createHash('sha256').update(loader(html).body).digest('base64');
		expect(html).toContain(`script-src 'self' 'sha256-theme=' 'sha256-${hash}'; style-src 'self'`);
	});

	it('stops the build when the page names a module the build does not have', () => {
		expect(() =>
			addIslandScript(page('src/lib/charts/scenes/Nothing.svelte'), {
				entry: ENTRY,
				depth: 0,
				dev: false,
				chunks
			})
		).toThrow(/"src\/lib\/charts\/scenes\/Nothing.svelte" is not in the client build/);
	});

	it('lets Vite serve the island script’s source in development', () => {
		const html = addIslandScript(page(), { entry: ENTRY, depth: 2, dev: true });
		expect(html).toContain(`<script type="module" src="/${ENTRY}"></script></body>`);
		expect(html).toContain(CSP);
	});
});

describe('filesOf', () => {
	it('lists a module and all it imports, each once, even when imports loop', () => {
		const looped = { ...chunks, '_runtime.B2.js': { file: 'runtime.js', imports: [ENTRY] } };
		expect(filesOf(ENTRY, looped)).toEqual(['_app/immutable/islands/story.A1.js', 'runtime.js']);
	});
});
