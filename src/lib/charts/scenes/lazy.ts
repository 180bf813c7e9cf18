import { SCENES, type SceneId } from '$lib/story/steps';
import { SceneRegistry, type SceneLoader } from './registry.svelte';

/** Each scene's component file, in this folder. */
export const SCENE_FILES: Record<SceneId, string> = {
	firms: 'FirmsScene.svelte',
	'sei-value': 'SeiValueScene.svelte',
	'sei-share': 'SeiShareScene.svelte',
	'sei-output': 'SeiOutputScene.svelte',
	'gdp-shares': 'GdpSharesScene.svelte',
	'rd-intensity': 'RdIntensityScene.svelte',
	ic: 'IcScene.svelte',
	star: 'StarScene.svelte',
	ai: 'AiScene.svelte',
	xiaodu: 'XiaoduScene.svelte',
	'united-imaging': 'UnitedImagingScene.svelte',
	next: 'NextScene.svelte'
};

/** A scene's module, as a path from the project's root (how the build's manifest names it). */
export const sceneModule = (id: SceneId) => `src/lib/charts/scenes/${SCENE_FILES[id]}`;

const modules = import.meta.glob<{ default: never }>('./*Scene.svelte');

let shared: SceneRegistry | undefined;

/** The browser's registry: every scene fetched on first need, one registry for the page. */
export function lazyScenes(): SceneRegistry {
	shared ??= new SceneRegistry(
		Object.fromEntries(SCENES.map((id) => [id, modules[`./${SCENE_FILES[id]}`] as SceneLoader]))
	);
	return shared;
}
