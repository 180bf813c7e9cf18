import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type InlineConfig, type Plugin } from 'vite';
import { CLIENT_OUTPUT, ISLAND_ENTRIES, islandManifest, islandName } from './paths.ts';

/**
 * Builds the island scripts on their own, once SvelteKit's client build is written and before the
 * pages are prerendered (`page-scripts.ts` reads their manifests then). On their own, so that nothing
 * the server alone draws (every chart scene at once, the handout) is bundled with them: each chart
 * scene is a chunk of its own, fetched when a step first shows it.
 */
export function islandBuild(): Plugin {
	let client = false;
	return {
		name: 'story:islands',
		apply: 'build',
		options(options) {
			// Only SvelteKit's client build has a start entry; the islands follow it.
			const input = options.input;
			client = !!input && typeof input === 'object' && !Array.isArray(input) && 'entry/start' in input;
		},
		async closeBundle() {
			if (!client) return;
			client = false;
			// One build per page kind: each script carries the parts of Svelte, LayerCake and D3 its own
			// page uses, not those any page uses. A chunk two builds share gets the same name from both.
			for (const entry of Object.values(ISLAND_ENTRIES)) await build(islandConfig(entry));
		}
	};
}

/** The build of one island script. */
function islandConfig(entry: string): InlineConfig {
	const name = islandName(entry);
	return {
		configFile: false,
		root: process.cwd(),
		base: './',
		mode: 'production',
		logLevel: 'warn',
		// The page carries the styles (SvelteKit inlines them); the scripts carry none.
		plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } }), withoutLayerCakeDebug()],
		resolve: {
			alias: {
				$lib: resolve('src/lib'),
				// Island code runs only in the browser, outside SvelteKit.
				'$app/environment': resolve('src/lib/islands/environment.ts'),
				// Only the parts of D3 the charts run in the browser (see the files).
				d3: resolve('src/lib/islands/d3/index.ts'),
				'd3-interpolate': resolve('src/lib/islands/d3/interpolate.ts'),
				'd3-format': resolve('src/lib/islands/d3/format.ts')
			}
		},
		build: {
			outDir: CLIENT_OUTPUT,
			emptyOutDir: false,
			copyPublicDir: false,
			manifest: islandManifest(entry),
			// The page's loader preloads what the page needs at once; a scene fetched later asks for its
			// own imports as it loads.
			modulePreload: false,
			rollupOptions: {
				// Svelte's custom-element support runs code when loaded, so a bundler keeps it; no island
				// defines a custom element.
				treeshake: {
					moduleSideEffects: (id: string) =>
						!/svelte\/src\/(internal\/client\/dom\/elements\/custom-element|legacy\/legacy-client)\.js$/.test(
							id
						)
				},
				input: { [name]: resolve(entry) },
				output: {
					entryFileNames: '_app/immutable/islands/[name].[hash].js',
					chunkFileNames: '_app/immutable/islands/[name].[hash].js'
				}
			}
		}
	};
}

/** LayerCake's import of its debug report, answered by a stub (see `layercake-debug.ts`). */
function withoutLayerCakeDebug(): Plugin {
	return {
		name: 'story:without-layercake-debug',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source === './helpers/printDebug.js' && importer?.includes('/node_modules/layercake/'))
				return resolve('src/lib/islands/layercake-debug.ts');
		}
	};
}
