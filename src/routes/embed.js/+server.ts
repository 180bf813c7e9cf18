import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/**
 * `/embed.js`, the loader for host pages, prerendered: `src/lib/embed/loader-entry.ts` bundled on its
 * own into one small script (an IIFE, minified, no dependencies, no imports at run time).
 */
export const prerender = true;

export async function GET(): Promise<Response> {
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			target: 'es2019',
			lib: { entry: resolve('src/lib/embed/loader-entry.ts'), formats: ['iife'], name: 'storyEmbed' }
		}
	});
	const [result] = Array.isArray(output) ? output : [output];
	const chunk = (result as Rolldown.RolldownOutput).output.find((item) => item.type === 'chunk');
	if (!chunk) throw new Error('bundling the embed loader gave no script');
	return new Response(chunk.code, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}
