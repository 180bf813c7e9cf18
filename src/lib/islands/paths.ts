/**
 * Each kind of page, by its SvelteKit route, and its island script: the one script that page loads.
 * No page loads SvelteKit's own client (`csr = false`).
 */
export const ISLAND_ENTRIES = {
	'/[[lang=lang]]': 'src/lib/islands/entries/story.ts',
	'/[[lang=lang]]/embed': 'src/lib/islands/entries/stepper.ts',
	'/[[lang=lang]]/embed/[chart]': 'src/lib/islands/entries/chart.ts',
	'/[[lang=lang]]/embed/scroll': 'src/lib/islands/entries/hosted.ts',
	'/[[lang=lang]]/present': 'src/lib/islands/entries/present.ts'
} as const satisfies Record<string, string>;

/** The island script of a route, if it has one. */
export function islandEntryOf(route: string | null): string | undefined {
	return route && route in ISLAND_ENTRIES ? ISLAND_ENTRIES[route as keyof typeof ISLAND_ENTRIES] : undefined;
}

/** SvelteKit's client output, which the adapter copies to `build/`. */
export const CLIENT_OUTPUT = '.svelte-kit/output/client';
/** An island script's name: its file's (`story`). */
export const islandName = (entry: string) => entry.replace(/^.*\/|\.ts$/g, '');

/** An island script's build manifest, inside the client output (the adapter leaves `.vite/` out). */
export const islandManifest = (entry: string) => `.vite/islands-${islandName(entry)}.json`;
