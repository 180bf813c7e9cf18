#!/usr/bin/env node
/**
 * Serves the static build the way a plain static host would: files only, precompressed .br/.gz when
 * the client accepts them, a 404 for anything else. `--base /some/folder/` mounts the build in a
 * sub-folder, to prove the relative paths hold there. The headers are those the build's `_headers` file
 * (static/_headers) asks a host for, so the tests see what a reader behind such a host gets. No
 * dependencies.
 *
 *   node scripts/serve.mjs [--port 4173] [--base /] [--dir build]    (--port 0: any free port, printed)
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};

/**
 * The rules of a `_headers` file (Netlify's format): a path, exact or ending in `*`, then indented
 * `Name: value` lines. Returns the headers for a path below the site's root (`/`, `/embed/ic/`).
 */
export function headerRules(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			rules.push({
				matches: path.endsWith('*') ? (p) => p.startsWith(path.slice(0, -1)) : (p) => p === path,
				headers: {}
			});
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && colon > 0)
			rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return (path) =>
		Object.assign({}, ...rules.filter((rule) => rule.matches(path)).map((rule) => rule.headers));
}

/** Starts the server; resolves once it listens. */
export function serve({ port = 4173, base = '/', dir = 'build', host = '127.0.0.1' } = {}) {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rulesFile = join(root, '_headers');
	const headersFor = headerRules(existsSync(rulesFile) ? readFileSync(rulesFile, 'utf8') : '');
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(prefix)) return notFound(response);
		let path;
		try {
			path = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
		} catch {
			return notFound(response);
		}
		let file = join(root, path);
		if (!file.startsWith(root)) return notFound(response);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				response.writeHead(308, { location: `${url.pathname}/${url.search}` });
				return response.end();
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) || !statSync(file).isFile()) return notFound(response);

		const accepts = String(request.headers['accept-encoding'] ?? '');
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding',
			...headersFor(`/${url.pathname.slice(prefix.length)}`)
		};
		let body = file;
		if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
			body = `${file}.br`;
			headers['content-encoding'] = 'br';
		} else if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) {
			body = `${file}.gz`;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = statSync(body).size;
		response.writeHead(200, headers);
		if (request.method === 'HEAD') return response.end();
		createReadStream(body).pipe(response);
	});
	return new Promise((done) => server.listen(port, host, () => done(server)));
}

function notFound(response) {
	response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	response.end('Not found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4173' },
			base: { type: 'string', default: '/' },
			dir: { type: 'string', default: 'build' }
		}
	});
	if (!existsSync(values.dir)) {
		console.error(`No ${values.dir}/ folder: run \`npm run build\` first.`);
		process.exit(1);
	}
	const server = await serve({ port: Number(values.port), base: values.base, dir: values.dir });
	console.log(`Serving ${values.dir}/ at http://127.0.0.1:${server.address().port}${values.base}`);
}
