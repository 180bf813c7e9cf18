/**
 * `$app/environment` for the island scripts, which run in the browser outside SvelteKit's client
 * (`vite.ts` points the import here). Island code reads only `browser`.
 */
export const browser = true;
export const dev = false;
export const building = false;
