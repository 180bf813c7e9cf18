/** The scene a chart embed's island script was built for (`vite.ts`, `islandScene`). */
declare module 'virtual:island-scene' {
	/** Its id. */
	export const id: import('$lib/story/steps').SceneId;
	/** Its component. */
	const scene: import('svelte').Component<never>;
	export default scene;
}
