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

/**
 * How a browser takes the loader's paint observer: it reports paints; it knows observers but not
 * paint entries; it has no observers; it rejects the observation.
 */
type PaintTiming = 'reported' | 'not reported' | 'no observer' | 'rejected';

/**
 * Runs a loader's body against a fake browser: frames, tasks and timers run when told, and paint
 * entries are reported when told.
 */
function runLoader(body: string, paints: PaintTiming) {
	const frames: Array<() => void> = [];
	const tasks: Array<() => void> = [];
	const timers: Array<() => void> = [];
	const imported: string[] = [];
	const state = {
		observed: undefined as unknown,
		disconnected: false,
		report: undefined as ((name: string) => void) | undefined
	};
	class FakeObserver {
		static supportedEntryTypes = paints === 'not reported' ? ['resource'] : ['paint', 'resource'];
		constructor(
			callback: (list: { getEntriesByName(name: string): unknown[] }, observer: FakeObserver) => void
		) {
			state.report = (name) =>
				callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }, this);
		}
		observe(options: unknown) {
			if (paints === 'rejected') throw new TypeError('no such entry type');
			state.observed = options;
		}
		disconnect() {
			state.disconnected = true;
		}
	}
	const observer = paints === 'no observer' ? undefined : FakeObserver;
	new Function(
		'PerformanceObserver',
		'requestAnimationFrame',
		'setTimeout',
		'__import',
		body.replaceAll('import(', '__import(')
	)(
		observer,
		(callback: () => void) => frames.push(callback),
		(callback: () => void, delay = 0) => (delay > 0 ? timers : tasks).push(callback),
		(href: string) => (imported.push(href), Promise.resolve())
	);
	const drain = (queue: Array<() => void>) => () => {
		while (queue.length) queue.shift()!();
	};
	return {
		imported,
		get observed() {
			return state.observed;
		},
		get disconnected() {
			return state.disconnected;
		},
		paint: (name: string) => state.report?.(name),
		runFrames: drain(frames),
		runTasks: drain(tasks),
		runTimers: drain(timers)
	};
}

describe('addIslandScript', () => {
	it('adds one loader at the end of the body that imports the one script', () => {
		const html = addIslandScript(page(), { entry: ENTRY, depth: 0, dev: false, chunks });
		const { body, imports } = loader(html);
		expect(body).toMatch(/^\(\(\) => \{/);
		// For a frame the browser never paints (a background tab), it starts anyway.
		expect(body).toContain('setTimeout(start, 200)');
		// The page's script, and not the scenes it fetches later by itself.
		expect(imports).toEqual(['./_app/immutable/islands/story.A1.js']);
		expect(body).not.toContain('modulepreload');
		expect(html.match(/<script/g)).toHaveLength(1);
	});

	it('imports the script once the first contentful paint is on screen, or after the next frame where paints are not observed', () => {
		const { body } = loader(addIslandScript(page(), { entry: ENTRY, depth: 0, dev: false, chunks }));
		// With paint timing: a first paint of the background alone does not start it; the first
		// contentful paint does, in a task of its own; the 200 ms fallback then finds it started.
		const withPaints = runLoader(body, 'reported');
		expect(withPaints.observed).toEqual({ type: 'paint', buffered: true });
		withPaints.runFrames();
		withPaints.runTasks();
		expect(withPaints.imported).toEqual([]);
		withPaints.paint('first-paint');
		withPaints.runTasks();
		expect(withPaints.imported).toEqual([]);
		withPaints.paint('first-contentful-paint');
		expect(withPaints.imported).toEqual([]);
		withPaints.runTasks();
		expect(withPaints.imported).toEqual(['./_app/immutable/islands/story.A1.js']);
		expect(withPaints.disconnected).toBe(true);
		withPaints.runTimers();
		expect(withPaints.imported).toHaveLength(1);
		// Without paint entries, without observers, or with the observation rejected: the next frame,
		// then a task.
		for (const paints of ['not reported', 'no observer', 'rejected'] as const) {
			const without = runLoader(body, paints);
			without.runTasks();
			expect(without.imported, paints).toEqual([]);
			without.runFrames();
			without.runTasks();
			expect(without.imported, paints).toEqual(['./_app/immutable/islands/story.A1.js']);
		}
		// A frame never drawn (a background tab): the fallback starts it, once, whatever the browser.
		for (const paints of ['reported', 'rejected'] as const) {
			const never = runLoader(body, paints);
			never.runTimers();
			expect(never.imported, paints).toEqual(['./_app/immutable/islands/story.A1.js']);
			never.paint('first-contentful-paint');
			never.runFrames();
			never.runTasks();
			expect(never.imported, paints).toHaveLength(1);
		}
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
