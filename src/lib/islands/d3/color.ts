/**
 * `d3-color` for the island scripts: none. No chart computes a colour (colours are CSS); LayerCake
 * imports D3's `rgb` only to print its debug report, which no chart asks for. `vite.ts` points the
 * island builds here (about 4 kB gzipped). A call fails loudly.
 */
export function rgb(): never {
	throw new Error('d3-color is not in the island scripts: the charts take their colours from CSS');
}
