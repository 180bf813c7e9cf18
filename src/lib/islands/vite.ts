import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type InlineConfig, type Plugin } from 'vite';
import { SCENES, STEP_DEFS, type SceneId } from '../story/steps.ts';
import { SCENE_FILES } from '../charts/scenes/files.ts';
import { CLIENT_OUTPUT, ISLAND_SCRIPTS, islandManifest, islandName, sceneOfScript } from './paths.ts';

/**
 * Builds the island scripts on their own, once SvelteKit's client build is written and before the
 * pages are prerendered (`page-scripts.ts` reads their manifests then). On their own, so that nothing
 * the server alone draws (every chart scene at once, the handout) is bundled with them. A page's
 * script holds all it runs at once, the first chart scene among it; every later scene is a chunk of
 * its own, fetched when a step first needs it.
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

/** Index modules that only re-export (`vite.test.ts` reads the installed files to be sure). */
export const REEXPORTS_ONLY = ['svelte/src/internal/client/index.js', 'layercake/dist/index.js'];

/**
 * Modules that run no code when loaded, though their packages do not say so (no `sideEffects`), so the
 * bundler keeps or drops each of them by what the scripts use of it:
 * - Svelte's custom-element and legacy support, which no island uses;
 * - the index modules of Svelte's client runtime and of LayerCake, which only re-export: without this,
 *   whatever any later scene takes through them (LayerCake's `ScaledSvg`, Svelte's input bindings)
 *   counts as imported by the entry and lands in the page's first script.
 */
const WITHOUT_SIDE_EFFECTS = [
	'svelte/src/internal/client/dom/elements/custom-element.js',
	'svelte/src/legacy/legacy-client.js',
	...REEXPORTS_ONLY
];

/** Whether the island builds keep a module for the code it runs when loaded (a package file's id). */
export const hasSideEffects = (id: string) =>
	!WITHOUT_SIDE_EFFECTS.some((file) => id.endsWith(`/node_modules/${file}`));

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
			// No version stamp on `window.__svelte`: nothing reads it.
			svelte({ emitCss: false, compilerOptions: { css: 'external', discloseVersion: false } }),
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
			// The page's loader imports the one script; a scene fetched later asks for its own imports.
			modulePreload: false,
			rollupOptions: {
				treeshake: { moduleSideEffects: hasSideEffects },
				// `chart.ts?scene=ic` keeps its query: `islandScene` reads it.
				input: { [name]: resolve(entry) },
				output: {
					entryFileNames: '_app/immutable/islands/[name].[hash].js',
					chunkFileNames: '_app/immutable/islands/[name].[hash].js',
					// One file for all the page runs at once: every module the entry imports statically, the
					// first step's scene among them. Left to itself the bundler splits them into chunks
					// the later scenes share, fetched at once all the same, each compressed on its own.
					codeSplitting: { groups: [{ name, tags: ['$initial'] }] }
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
/** The module a script that steps through the story imports its scenes from (see `islandScene`). */
const STORY_SCENES_MODULE = 'virtual:story-scenes';
const RESOLVED_STORY_SCENES_MODULE = `\0${STORY_SCENES_MODULE}`;

/** A scene's component file. */
const sceneFile = (scene: SceneId) => JSON.stringify(resolve('src/lib/charts/scenes', SCENE_FILES[scene]));

/**
 * The scene modules of the island scripts (`island-scene.d.ts` types them), for the island builds and
 * for the development server, which serves the same `chart.ts?scene=ic` to the page:
 * - `virtual:island-scene`: the scene a chart embed's script was built for, named by the script's own
 *   query (`chart.ts?scene=ic`): its `id` and, as default, its component, imported statically, so its
 *   code is in the script. A script without a scene in its query cannot import it.
 * - `virtual:story-scenes`: the scenes of a page that steps through the story (the story, the stepper,
 *   the scroll-driven embed). The first step's scene, which such a page draws before anything else, is
 *   imported statically like a chart embed's (`id`, default); every other scene has a loader
 *   (`loaders`), a dynamic import, so its code is fetched when a step first needs it.
 */
export function islandScene(): Plugin {
	return {
		name: 'story:island-scene',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source === STORY_SCENES_MODULE) return RESOLVED_STORY_SCENES_MODULE;
			if (source !== SCENE_MODULE) return;
			const scene = importer && sceneOfScript(importer);
			if (!scene)
				this.error(
					`${SCENE_MODULE}: ${importer ?? 'an entry'} names no scene (it is built as "<entry>.ts?scene=<id>")`
				);
			return RESOLVED_SCENE_MODULE + scene;
		},
		load(id) {
			if (id.startsWith(RESOLVED_SCENE_MODULE)) {
				const scene = id.slice(RESOLVED_SCENE_MODULE.length) as SceneId;
				return `export { default } from ${sceneFile(scene)};\nexport const id = ${JSON.stringify(scene)};`;
			}
			if (id !== RESOLVED_STORY_SCENES_MODULE) return;
			const first = STEP_DEFS[0].chart.scene;
			const loaders = SCENES.filter((scene) => scene !== first).map(
				(scene) => `\t${JSON.stringify(scene)}: () => import(${sceneFile(scene)})`
			);
			return [
				`export { default } from ${sceneFile(first)};`,
				`export const id = ${JSON.stringify(first)};`,
				`export const loaders = {\n${loaders.join(',\n')}\n};`
			].join('\n');
		}
	};
}

/**
 * Vite wraps each dynamic `import()` (a scene fetched when a step first shows it) in a helper that
 * first asks for the imported chunk's CSS and, with `modulePreload`, its imports. The island scripts
 * have neither (no CSS: the page carries the styles; `modulePreload: false`), so every call passes it
 * nothing to ask for, yet its 1.8 kB (0.8 kB gzipped) land in every page's script (vitejs/vite#18551).
 * Here each call is the bare import it wraps, and the helper, should a call be left, only makes it.
 */
function withoutPreloadHelper(): Plugin {
	const helper = '\0story:preload-helper';
	const call = /__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__, import\.meta\.url\)/g;
	return {
		name: 'story:without-preload-helper',
		enforce: 'pre',
		resolveId(source) {
			if (source === '\0vite/preload-helper.js' || source === 'vite/preload-helper.js') return helper;
		},
		load(id) {
			if (id === helper) return 'export const __vitePreload = (load) => load();';
		},
		renderChunk(code) {
			return code.includes('__vitePreload(') ? { code: code.replace(call, '$1'), map: null } : null;
		}
	};
}
