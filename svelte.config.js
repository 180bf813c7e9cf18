import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The hashes of the inline scripts in src/app.html (the theme picker), for the Content Security
 * Policy: SvelteKit hashes the scripts it writes itself, not the page shell's.
 */
const shellScriptHashes = [
	...readFileSync('src/app.html', 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)
].map(([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`);

/**
 * The app's version: the commit it is built from, so two builds of one commit are byte-identical
 * (SvelteKit's default is the time of the build). Outside a git checkout, the package's version.
 */
function commitVersion() {
	try {
		return execSync('git rev-parse --short=12 HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return JSON.parse(readFileSync('package.json', 'utf8')).version;
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Static files, precompressed (.gz, .br), that run from any sub-folder of any host.
		adapter: adapter({ pages: 'build', assets: 'build', precompress: true, strict: true }),
		paths: { relative: true },
		// Every stylesheet inline in the page's <head> (the largest is about 16 kB before compression): the
		// first paint waits for the HTML alone, not for a round trip per stylesheet. See bench/README.md.
		inlineStyleThreshold: 32_768,
		version: { name: commitVersion() },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A <meta> Content Security Policy on every page: scripts from our origin and the hashes of our
		// inline ones only, no eval, no plugins, no <base> tricks, no requests to anyone else. Inline style
		// attributes are allowed (the charts position their marks with them). What a <meta> cannot carry
		// (frame-ancestors) is in static/_headers. See SECURITY.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...shellScriptHashes],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
