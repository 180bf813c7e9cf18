import { getContext, setContext, type Component } from 'svelte';
import type { SceneId } from '$lib/story/steps';
import type { SceneProps } from '../scene-props';

/** A scene's component, whatever scene it draws. */
export type SceneComponent = Component<SceneProps<SceneId>>;
/** Fetches a scene's module (a dynamic import: each scene is its own chunk). */
export type SceneLoader = () => Promise<{ default: Component<never> }>;

/**
 * The scene components a chart draws with. On the server every scene is at hand; in the browser each
 * scene's code arrives when a step first needs it, so a page loads the code of the charts it shows
 * and no more. `get` is reactive: a chart waiting for a scene draws it as soon as it has loaded.
 */
export class SceneRegistry {
	#loaded: Partial<Record<SceneId, SceneComponent>> = $state.raw({});
	#loading = new Map<SceneId, Promise<SceneComponent | undefined>>();
	#loaders: Partial<Record<SceneId, SceneLoader>>;

	constructor(
		loaders: Partial<Record<SceneId, SceneLoader>>,
		loaded: Partial<Record<SceneId, unknown>> = {}
	) {
		this.#loaders = loaders;
		this.#loaded = loaded as Partial<Record<SceneId, SceneComponent>>;
	}

	/** The scene's component, if its code is here. */
	get(id: SceneId): SceneComponent | undefined {
		return this.#loaded[id];
	}

	/** Fetches a scene's code once; resolves to its component (undefined if it cannot load). */
	load(id: SceneId): Promise<SceneComponent | undefined> {
		const ready = this.#loaded[id];
		if (ready) return Promise.resolve(ready);
		let loading = this.#loading.get(id);
		if (!loading) {
			const loader = this.#loaders[id];
			loading = loader
				? loader().then(
						(module) => {
							const component = module.default as unknown as SceneComponent;
							this.#loaded = { ...this.#loaded, [id]: component };
							return component;
						},
						() => {
							// Offline or blocked: a later step may try again.
							this.#loading.delete(id);
							return undefined;
						}
					)
				: Promise.resolve(undefined);
			this.#loading.set(id, loading);
		}
		return loading;
	}

	/** Starts fetching the scenes a reader is about to reach; returns at once. */
	prefetch(ids: Iterable<SceneId>): void {
		for (const id of ids) void this.load(id);
	}
}

const KEY = Symbol('scenes');

/** The context entry that hands a registry to the charts below: for `hydrate`'s and `mount`'s `context`. */
export function scenesContext(registry: SceneRegistry): [symbol, SceneRegistry] {
	return [KEY, registry];
}

/** Hands a registry to the charts below this component. */
export function provideScenes(registry: SceneRegistry): SceneRegistry {
	return setContext(KEY, registry);
}

/**
 * The registry a chart draws with: the one provided above it (every scene, by the layout on the
 * server; the island script's own, in the browser). Without one no chart can draw, so that is an error.
 */
export function scenesFromContext(): SceneRegistry {
	const registry = getContext<SceneRegistry | undefined>(KEY);
	if (!registry)
		throw new Error(
			'No chart scenes here: provide a registry (provideScenes, or scenesContext in the context)'
		);
	return registry;
}
