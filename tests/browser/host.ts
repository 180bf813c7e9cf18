/**
 * A newsroom's page on another origin: a small HTTP server on another port, reached by another host
 * name (`localhost`, where the story is on `127.0.0.1`), that serves whatever article HTML a test gives
 * it, and the real pym.js 1.3.2 parent library from node_modules. Tests put our embeds on it as a host
 * would.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { test as base } from './fixtures';

export interface Host {
	/** The host's origin (`http://localhost:<port>`). */
	origin: string;
	/** Serves `html` at `path` on the host and returns the page's URL. */
	page(path: string, html: string): string;
}

const PYM = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');

export const test = base.extend<object, { host: Host }>({
	host: [
		async ({}, use) => {
			const pages = new Map<string, string>([['/pym.v1.min.js', PYM]]);
			const server: Server = createServer((request, response) => {
				const path = new URL(request.url ?? '/', 'http://host').pathname;
				const body = pages.get(path);
				// A page without an icon: answer the browser's favicon request with nothing, not a 404.
				if (path === '/favicon.ico') {
					response.writeHead(204).end();
					return;
				}
				if (body === undefined) {
					response.writeHead(404).end();
					return;
				}
				response.writeHead(200, {
					'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8'
				});
				response.end(body);
			});
			await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
			const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
			await use({
				origin,
				page(path, html) {
					pages.set(path, html);
					return origin + path;
				}
			});
			await new Promise((done) => server.close(done));
		},
		{ scope: 'worker' }
	]
});

export { expect } from './fixtures';

/** An article around an embed: a heading and paragraphs above and below, as a host's page has. */
export function article(embed: string, { above = 600, below = 1500 } = {}): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title></head>
<body style="margin:0;font:18px/1.5 Georgia,serif">
<h1 style="margin:1rem">A newsroom's article</h1>
<p style="margin:1rem;min-height:${above}px">The lead of the host's own story.</p>
${embed}
<p style="margin:1rem;min-height:${below}px">The host's article goes on.</p>
</body></html>`;
}
