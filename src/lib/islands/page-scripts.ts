import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { CLIENT_OUTPUT, islandManifest } from './paths';

/**
 * Build time only: gives a prerendered page its island script, and nothing else to run.
 *
 * The page paints from its HTML alone; then a small inline script waits until that first frame is on
 * screen (its first contentful paint, or the next frame where the browser does not report paints; at
 * most 200 ms, for a frame the browser never paints: a background tab, an off-screen iframe) and imports
 * the island script: one file, holding all the page runs at once (the first step's chart scene
 * among it). On a slow link the script never shares the bandwidth with the page's first paint. The
 * inline script's hash joins the page's Content Security Policy.
 */

interface ManifestChunk {
	file: string;
}
type Manifest = Record<string, ManifestChunk>;

const manifests = new Map<string, Manifest>();
/** The manifest of an island script's own build (`vite.ts`). */
function readManifest(entry: string): Manifest {
	let manifest = manifests.get(entry);
	if (!manifest) {
		const path = `${CLIENT_OUTPUT}/${islandManifest(entry)}`;
		if (!existsSync(path)) throw new Error(`page-scripts: no island build manifest at ${path}`);
		manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
		manifests.set(entry, manifest);
	}
	return manifest;
}

export interface PageScriptOptions {
	/** The island script's source path (`src/lib/islands/entries/story.ts`). */
	entry: string;
	/** How many folders deep the page is (`/` 0, `/zh/` 1, `/zh/embed/ic/` 3): its assets are relative. */
	depth: number;
	/** In development Vite serves the sources themselves. */
	dev: boolean;
	/** The island build's manifest; read from the client output unless given. */
	chunks?: Manifest;
}

/** The page with its island script added before `</body>`, and that script allowed by its CSP. */
export function addIslandScript(html: string, { entry, depth, dev, chunks }: PageScriptOptions): string {
	if (dev) return html.replace('</body>', `<script type="module" src="/${entry}"></script></body>`);

	const script = (chunks ?? readManifest(entry))[entry];
	if (!script) throw new Error(`page-scripts: "${entry}" is not in its island build`);
	const prefix = depth === 0 ? './' : '../'.repeat(depth);
	// The first contentful paint's entry comes once that frame is on screen; a frame callback comes
	// before the frame is drawn, so a script asked for then can still share the link with it. The
	// fallback is set first, so a browser that rejects the observer still starts.
	const body =
		`(() => { let started = false; const start = () => { if (started) return; started = true;` +
		` import(${JSON.stringify(prefix + script.file)}).catch(() => {}); };` +
		` setTimeout(start, 200); const painted = () => setTimeout(start);` +
		` try { if (!PerformanceObserver.supportedEntryTypes.includes('paint')) throw 0;` +
		` new PerformanceObserver((list, observer) => { if (!list.getEntriesByName('first-contentful-paint').length) return;` +
		` observer.disconnect(); painted(); }).observe({ type: 'paint', buffered: true }); }` +
		` catch { requestAnimationFrame(painted); } })();`;
	const page = html.replace('</body>', `<script>${body}</script></body>`);
	return allowInCsp(page, body);
}

/** Adds an inline script's hash to the page's `<meta>` Content Security Policy, if it has one. */
export function allowInCsp(html: string, body: string): string {
	const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
	const meta = /(<meta http-equiv="content-security-policy" content="[^"]*?script-src [^;"]*)/;
	if (!html.includes('http-equiv="content-security-policy"')) return html;
	if (!meta.test(html)) throw new Error('page-scripts: the Content Security Policy has no script-src');
	return html.replace(meta, (directive) => `${directive} ${hash}`);
}
