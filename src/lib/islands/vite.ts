import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type InlineConfig, type Plugin } from 'vite';
import type { SceneId } from '../story/steps.ts';
import { SCENE_FILES } from '../charts/scenes/files.ts';
import { CLIENT_OUTPUT, ISLAND_SCRIPTS, islandManifest, islandName, sceneOfScript } from './paths.ts';

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
			// One build per page kind, and per scene for the chart embeds: each script carries the parts of
			// Svelte, LayerCake and D3 its own page uses, not those any page uses. A chunk two builds share
			// gets the same name from both.
			for (const entry of ISLAND_SCRIPTS) await build(islandConfig(entry));
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
		plugins: [
			svelte({ emitCss: false, compilerOptions: { css: 'external' } }),
			islandScene(),
			withoutPreloadHelper(),
			withoutLayerCakeDebug()
		],
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
				// `chart.ts?scene=ic` keeps its query: `islandScene` reads it.
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

/** The module a chart embed's island script imports its scene from (see `islandScene`). */
const SCENE_MODULE = 'virtual:island-scene';
const RESOLVED_SCENE_MODULE = `\0${SCENE_MODULE}:`;

/**
 * `virtual:island-scene`: the scene an island script was built for, named by the script's own query
 * (`chart.ts?scene=ic`). It exports the scene's id and, as default, its component, imported
 * statically: the scene's code is bundled into the script rather than fetched after it. For the
 * build of the chart embeds' scripts and for the development server, which serves the same
 * `chart.ts?scene=ic` to the page. A script without a scene in its query cannot import it.
 */
export function islandScene(): Plugin {
	return {
		name: 'story:island-scene',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== SCENE_MODULE) return;
			const scene = importer && sceneOfScript(importer);
			if (!scene)
				this.error(
					`${SCENE_MODULE}: ${importer ?? 'an entry'} names no scene (it is built as "<entry>.ts?scene=<id>")`
				);
			return RESOLVED_SCENE_MODULE + scene;
		},
		load(id) {
			if (!id.startsWith(RESOLVED_SCENE_MODULE)) return;
			const scene = id.slice(RESOLVED_SCENE_MODULE.length) as SceneId;
			const file = resolve('src/lib/charts/scenes', SCENE_FILES[scene]);
			return `export { default } from ${JSON.stringify(file)};\nexport const id = ${JSON.stringify(scene)};`;
		}
	};
}

/**
 * Vite wraps each dynamic `import()` (a scene fetched when a step first shows it) in a helper that
 * first asks for the imported chunk's CSS and, with `modulePreload`, its imports. The island scripts
 * have neither (no CSS: the page carries the styles; `modulePreload: false`), so every call passes it
 * nothing to ask for, yet its 1.8 kB (0.8 kB gzipped) land in every page's script (vitejs/vite#18551).
 * Here it is just the import it wraps.
 */
function withoutPreloadHelper(): Plugin {
	const helper = '\0story:preload-helper';
	return {
		name: 'story:without-preload-helper',
		enforce: 'pre',
		resolveId(source) {
			if (source === '\0vite/preload-helper.js' || source === 'vite/preload-helper.js') return helper;
		},
		load(id) {
			if (id === helper) return 'export const __vitePreload = (load) => load();';
		}
	};
}
