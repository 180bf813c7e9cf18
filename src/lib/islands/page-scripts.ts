import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { CLIENT_OUTPUT, islandManifest } from './paths';

/**
 * Build time only: gives a prerendered page its island script, and nothing else to run.
 *
 * The page paints from its HTML alone; then a small inline script waits for that first frame (or
 * 200 ms, for a frame the browser does not paint: a background tab, an off-screen iframe), imports
 * the island script and asks for the modules it will need (`modulepreload`), one per task. On a slow
 * link the script never shares the bandwidth with the page's first paint. The inline script's hash
 * joins the page's Content Security Policy.
 */

interface ManifestChunk {
	file: string;
	imports?: string[];
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

/** A module's file and every file it imports statically, in load order, by manifest key. */
export function filesOf(key: string, chunks: Manifest): string[] {
	const seen = new Set<string>();
	const visit = (at: string) => {
		if (seen.has(at)) return;
		const chunk = chunks[at];
		if (!chunk) throw new Error(`page-scripts: "${at}" is not in the client build`);
		seen.add(at);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	visit(key);
	return [...seen].map((at) => chunks[at]!.file);
}

export interface PageScriptOptions {
	/** The island script's source path (`src/lib/islands/entries/story.ts`). */
	entry: string;
	/** How many folders deep the page is (`/` 0, `/zh/` 1, `/zh/embed/ic/` 3): its assets are relative. */
	depth: number;
	/** In development Vite serves the sources themselves. */
	dev: boolean;
	/** The client manifest; read from SvelteKit's output unless given. */
	chunks?: Manifest;
}

/** The page with its island script added before `</body>`, and that script allowed by its CSP. */
export function addIslandScript(html: string, { entry, depth, dev, chunks }: PageScriptOptions): string {
	if (dev) return html.replace('</body>', `<script type="module" src="/${entry}"></script></body>`);

	const built = chunks ?? readManifest(entry);
	const prefix = depth === 0 ? './' : '../'.repeat(depth);
	const [script, ...imports] = filesOf(entry, built);
	// Modules the islands need at once (the first chart scene), named by the islands themselves.
	const wanted = [...html.matchAll(/\sdata-preload="([^"]+)"/g)].flatMap((match) => match[1]!.split(' '));
	const preloads = [...new Set([...imports, ...wanted.flatMap((key) => filesOf(key, built))])];

	// One preload per task: asking for a module costs the main thread about a millisecond on a fast
	// machine, four on a slow phone, and a dozen asked for in one task would block the page.
	const body =
		`(() => { let started = false; const start = () => { if (started) return; started = true;` +
		` import(${JSON.stringify(prefix + script)}).catch(() => {});` +
		` const hrefs = ${JSON.stringify(preloads.map((file) => prefix + file))};` +
		` const next = () => { const href = hrefs.shift(); if (!href) return;` +
		` const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link);` +
		` setTimeout(next); }; next(); };` +
		` requestAnimationFrame(() => setTimeout(start)); setTimeout(start, 200); })();`;
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
