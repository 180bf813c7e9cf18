import { SCENES } from '$lib/story/steps';
import { SCENE_FILES } from './files';
import { SceneRegistry, type SceneLoader } from './registry.svelte';

const modules = import.meta.glob<{ default: never }>('./*Scene.svelte');

let shared: SceneRegistry | undefined;

/** The browser's registry: every scene fetched on first need, one registry for the page. */
export function lazyScenes(): SceneRegistry {
	shared ??= new SceneRegistry(
		Object.fromEntries(SCENES.map((id) => [id, modules[`./${SCENE_FILES[id]}`] as SceneLoader]))
	);
	return shared;
}
