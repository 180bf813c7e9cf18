/**
 * LayerCake's debug report (`helpers/printDebug.js`) for the island scripts: none. LayerCake loads it
 * for its `debug` prop, which no chart sets; with it would come its own helpers (about 0.6 kB gzipped
 * on every page) and D3's colour module, which nothing else in the scripts imports. `vite.ts` points
 * the island builds here. A call fails loudly.
 */
export default function printDebug(): never {
	throw new Error('LayerCake’s debug report is not in the island scripts: no chart sets `debug`');
}
