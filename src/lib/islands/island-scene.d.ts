/** The scene a chart embed's island script was built for (`vite.ts`, `islandScene`). */
declare module 'virtual:island-scene' {
	/** Its id. */
	export const id: import('$lib/story/steps').SceneId;
	/** Its component. */
	const scene: import('svelte').Component<never>;
	export default scene;
}

/**
 * The scenes of an island script that steps through the story (`vite.ts`, `islandScene`): the first
 * step's, carried by the script, and a loader for each of the others.
 */
declare module 'virtual:story-scenes' {
	/** The first step's scene: its id and, as default, its component, as a chart embed's. */
	export { default, id } from 'virtual:island-scene';
	/** Every other scene's loader: it fetches the scene's code. */
	export const loaders: Partial<
		Record<import('$lib/story/steps').SceneId, import('$lib/charts/scenes/registry.svelte').SceneLoader>
	>;
}
