/**
 * `d3-format` for the island scripts: none. Every number a chart shows is formatted at build time, and
 * axis ticks are written without it (`plain-number.ts`); D3's scales import it only for
 * `scale.tickFormat()`, which no chart calls. `vite.ts` points the island builds here (about 3 kB
 * gzipped). A call fails loudly.
 */
function absent(): never {
	throw new Error('d3-format is not in the island scripts: numbers are formatted at build time');
}

export const format = absent;
export const formatPrefix = absent;
export const formatSpecifier = absent;
export const precisionFixed = absent;
export const precisionPrefix = absent;
export const precisionRound = absent;
