import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hydrateAfterPaint } from './after-paint';

/** A page as SvelteKit 2 prerenders it: preload links in the head, the start-up script, its hash in the CSP. */
const script = `
	{
		__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.A.js"),
			import("./_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2], data: [], form: null, error: null });
		});
	}
`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body = script) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(body)} 'sha256-theme'">
<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
		<title>A page</title></head><body><div><script>${body}</script></div></body></html>`;

/** The start-up script of a transformed page. */
const startScript = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('hydrateAfterPaint', () => {
	it('takes the module preloads out of the head, and adds them back from the start-up script', () => {
		const html = hydrateAfterPaint(page());
		expect(html).not.toMatch(/<link[^>]*modulepreload/);
		expect(html).toContain('<title>A page</title>');
		const body = startScript(html);
		expect(body).toContain('["./_app/immutable/entry/start.A.js","./_app/immutable/chunks/C.js"]');
		expect(body.indexOf('requestAnimationFrame')).toBeLessThan(body.indexOf('Promise.all(['));
		expect(body).toContain("link.rel = 'modulepreload'");
	});

	it('starts the app only once the first frame is painted, or after 200 ms without one', async () => {
		const body = startScript(hydrateAfterPaint(page()));
		const frames: Array<() => void> = [];
		const timers: Array<[() => void, number]> = [];
		const imported: string[] = [];
		let started = 0;
		const kit = { start: () => (started += 1) };
		const run = new Function(
			'document',
			'location',
			'requestAnimationFrame',
			'setTimeout',
			'__import',
			body.replace(/import\(/g, '__import(')
		);
		const head: unknown[] = [];
		run(
			{
				currentScript: { parentElement: {} },
				createElement: () => ({}),
				head: { append: (link: unknown) => head.push(link) }
			},
			'https://example.org/',
			(frame: () => void) => frames.push(frame),
			(callback: () => void, delay = 0) => timers.push([callback, delay]),
			(url: string) => (imported.push(url), Promise.resolve(kit))
		);
		await Promise.resolve();
		expect(imported).toEqual([]); // Nothing is fetched before the first frame.
		frames.shift()!(); // The frame is painted…
		timers.find(([, delay]) => delay === 0)![0](); // …and the task after it runs.
		await new Promise((done) => globalThis.setTimeout(done, 0));
		expect(head).toHaveLength(2);
		expect(imported).toEqual(['./_app/immutable/entry/start.A.js', './_app/immutable/entry/app.B.js']);
		expect(started).toBe(1);
		timers.find(([, delay]) => delay === 200)![0](); // The fallback does not start it twice.
		await new Promise((done) => globalThis.setTimeout(done, 0));
		expect(started).toBe(1);
	});

	it('puts the new script’s hash in the Content Security Policy in place of the old one', () => {
		const html = hydrateAfterPaint(page());
		expect(html).toContain(hash(startScript(html)));
		expect(html).not.toContain(hash(script));
		expect(html).toContain("'sha256-theme'");
	});

	it('leaves a page without a start-up script as it is', () => {
		const html = '<!doctype html><html><head></head><body><p>No app here.</p></body></html>';
		expect(hydrateAfterPaint(html)).toBe(html);
	});

	it('stops the build when SvelteKit’s start-up script no longer has the shape it expects', () => {
		const changed = script.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => hydrateAfterPaint(page(changed))).toThrow(/changed shape/);
	});
});
