/**
 * `d3-interpolate` as the island scripts need it. A D3 scale interpolates its range, and every range a
 * chart gives is numbers (LayerCake's percentages): this is D3's number interpolation, and nothing
 * for colours, strings or dates, which no chart asks for. `vite.ts` points the island builds here,
 * leaving out d3-color and the rest (about 8 kB gzipped). Anything else fails loudly.
 */
const number = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

export function interpolateNumber(a: number, b: number): (t: number) => number {
	return number(+a, +b);
}

export function interpolateRound(a: number, b: number): (t: number) => number {
	const between = number(+a, +b);
	return (t) => Math.round(between(t));
}

export function interpolate(a: unknown, b: unknown): (t: number) => number {
	if (typeof b !== 'number') throw new Error(`the charts interpolate numbers only, not ${typeof b}s`);
	return number(Number(a), b);
}

/** For D3's sequential and diverging scales, which no chart uses. */
export function piecewise(): never {
	throw new Error('the charts use no piecewise interpolation');
}
