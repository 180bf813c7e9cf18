import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Static files, precompressed (.gz, .br), that run from any sub-folder of any host.
		adapter: adapter({ pages: 'build', assets: 'build', precompress: true, strict: true }),
		paths: { relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
