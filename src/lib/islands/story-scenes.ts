import scene, { id, loaders } from 'virtual:story-scenes';
import { SceneRegistry } from '$lib/charts/scenes/registry.svelte';

/**
 * The scene registry of a page that steps through the story (the story, the stepper, the scroll-driven
 * embed): the first step's scene, carried by the page's script and at hand at once, and every other
 * scene fetched when a step first needs it (`virtual:story-scenes`, built by `vite.ts`).
 */
export const storyScenes = () => new SceneRegistry(loaders, { [id]: scene });
