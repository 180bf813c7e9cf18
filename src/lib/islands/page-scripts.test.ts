import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addIslandScript } from './page-scripts';

const ENTRY = 'src/lib/islands/entries/story.ts';
/** An island build as Vite's manifest describes it: the island script, and a scene it fetches later. */
const chunks = {
	[ENTRY]: { file: '_app/immutable/islands/story.A1.js' },
	'src/lib/charts/scenes/SeiValueScene.svelte': { file: '_app/immutable/islands/SeiValueScene.C3.js' }
};
const CSP = `default-src 'self'; script-src 'self' 'sha256-theme='; style-src 'self'`;
const page = () =>
	`<html><head><meta http-equiv="content-security-policy" content="${CSP}"></head><body>` +
	`<div class="island" data-island="story"></div></body></html>`;

/** The inline loader a page was given: its body and what it imports. */
function loader(html: string) {
	const body = /<script>([\s\S]*?)<\/script><\/body>/.exec(html)?.[1] ?? '';
	return { body, imports: [...body.matchAll(/import\(("[^"]+")\)/g)].map((match) => JSON.parse(match[1]!)) };
}

describe('addIslandScript', () => {
	it('adds one loader at the end of the body that waits for the first frame, then imports the one script', () => {
		const html = addIslandScript(page(), { entry: ENTRY, depth: 0, dev: false, chunks });
		const { body, imports } = loader(html);
		expect(body).toMatch(/^\(\(\) => \{/);
		expect(body).toContain('requestAnimationFrame(() => setTimeout(start))');
		// For a frame the browser never paints (a background tab), it starts anyway.
		expect(body).toContain('setTimeout(start, 200)');
		// The page's script, and not the scenes it fetches later by itself.
		expect(imports).toEqual(['./_app/immutable/islands/story.A1.js']);
		expect(body).not.toContain('modulepreload');
		expect(html.match(/<script/g)).toHaveLength(1);
	});

	it('imports the script once, whether the frame or the fallback comes first', () => {
		const { body } = loader(addIslandScript(page(), { entry: ENTRY, depth: 0, dev: false, chunks }));
		const tasks: Array<() => void> = [];
		const imported: string[] = [];
		const run = new Function(
			'requestAnimationFrame',
			'setTimeout',
			'__import',
			body.replaceAll('import(', '__import(')
		);
		run(
			(callback: () => void) => tasks.push(callback),
			(callback: () => void) => tasks.push(callback),
			(href: string) => (imported.push(href), Promise.resolve())
		);
		while (tasks.length) tasks.shift()!();
		expect(imported).toEqual(['./_app/immutable/islands/story.A1.js']);
	});

	it('writes the script’s address relative to the page, however deep it is', () => {
		const deep = loader(addIslandScript(page(), { entry: ENTRY, depth: 3, dev: false, chunks }));
		expect(deep.imports).toEqual(['../../../_app/immutable/islands/story.A1.js']);
	});

	it('allows the loader, and only it, in the page’s Content Security Policy, keeping the hashes it had', () => {
		const html = addIslandScript(page(), { entry: ENTRY, depth: 1, dev: false, chunks });
		const hash = createHash('sha256').update(loader(html).body).digest('base64');
		expect(html).toContain(`script-src 'self' 'sha256-theme=' 'sha256-${hash}'; style-src 'self'`);
	});

	it('stops the build when the island build has no such script', () => {
		expect(() =>
			addIslandScript(page(), {
				entry: 'src/lib/islands/entries/nothing.ts',
				depth: 0,
				dev: false,
				chunks
			})
		).toThrow(/"src\/lib\/islands\/entries\/nothing.ts" is not in its island build/);
	});

	it('lets Vite serve the island script’s source in development', () => {
		const html = addIslandScript(page(), { entry: ENTRY, depth: 2, dev: true });
		expect(html).toContain(`<script type="module" src="/${ENTRY}"></script></body>`);
		expect(html).toContain(CSP);
	});
});
