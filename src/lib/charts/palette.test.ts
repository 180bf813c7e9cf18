/**
 * The colour palette in `src/app.css`, read from the file itself, meets WCAG 2.x contrast in both the
 * light and the dark theme: every text colour reaches 4.5:1 on the page and on cards (1.4.3), the focus
 * outline and every chart mark reach 3:1 on the chart panel (1.4.11), every checked token is declared in
 * each theme, and the two series drawn side by side (Shanghai, China) differ in lightness or clearly in hue.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Rgba = { r: number; g: number; b: number; a: number };

/** Parses `#rgb`, `#rrggbb` or `rgb(r g b / a)`; anything else is an error, so a new syntax is noticed. */
function parseColour(value: string): Rgba {
	const text = value.trim().toLowerCase();
	const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
	if (short) {
		const [, r = '', g = '', b = ''] = short;
		return { r: parseInt(r + r, 16), g: parseInt(g + g, 16), b: parseInt(b + b, 16), a: 1 };
	}
	const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
	if (long) {
		const [, r = '', g = '', b = ''] = long;
		return { r: parseInt(r, 16), g: parseInt(g, 16), b: parseInt(b, 16), a: 1 };
	}
	const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+%?)\s*)?\)$/.exec(text);
	if (rgb) {
		const alpha = rgb[4] === undefined ? 1 : parseFloat(rgb[4]) / (rgb[4].endsWith('%') ? 100 : 1);
		return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
	}
	throw new Error(`Not a colour this test can read: ${value}`);
}

/** A translucent colour as seen over an opaque one (source-over compositing). */
function over(top: Rgba, under: Rgba): Rgba {
	const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
	return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 };
}

/** sRGB channel (0–255) to linear light. */
function linear(channel: number): number {
	const c = channel / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance. */
function luminance({ r, g, b }: Rgba): number {
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio, 1 to 21, whichever colour is lighter. A translucent foreground is laid over the background. */
function contrast(foreground: Rgba, background: Rgba): number {
	const a = luminance(over(foreground, background));
	const b = luminance(background);
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** OKLCH chroma and hue angle (degrees), from Björn Ottosson's OKLab matrices. */
function oklch(colour: Rgba): { chroma: number; hue: number } {
	const [r, g, b] = [linear(colour.r), linear(colour.g), linear(colour.b)];
	const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
	const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
	const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
	const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
	const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
	return { chroma: Math.hypot(a, bb), hue: ((Math.atan2(bb, a) * 180) / Math.PI + 360) % 360 };
}

/** The body of the first `{ … }` block after `from`, matching nested braces. */
function blockAfter(css: string, from: number): string {
	const open = css.indexOf('{', from);
	let depth = 0;
	for (let i = open; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
	}
	throw new Error('Unbalanced braces in app.css');
}

/** Custom properties declared directly in a block (not in nested blocks). */
function declarations(block: string): Map<string, string> {
	const flat = block.replace(/\{[^{}]*\}/g, '');
	const tokens = new Map<string, string>();
	for (const [, name = '', value = ''] of flat.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
		tokens.set(name, value.trim());
	}
	return tokens;
}

function readThemes(): Record<'light' | 'dark' | 'forcedDark', Map<string, string>> {
	const path = fileURLToPath(new URL('../../app.css', import.meta.url));
	const css = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
	const media = css.search(/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/);
	if (media < 0) throw new Error('app.css has no @media (prefers-color-scheme: dark) block');
	const darkRoot = blockAfter(css, media).search(/:root[^{]*\{/);
	if (darkRoot < 0) throw new Error('The dark-scheme block in app.css has no :root rule');
	const lightRoot = css.slice(0, media).search(/:root\s*\{/);
	if (lightRoot < 0) throw new Error('app.css has no :root rule before the dark-scheme block');
	const forced = css.search(/:root\[data-theme='dark'\]\s*\{/);
	if (forced < 0) throw new Error("app.css has no :root[data-theme='dark'] rule for ?theme=dark");
	return {
		light: declarations(blockAfter(css, lightRoot)),
		dark: declarations(blockAfter(blockAfter(css, media), darkRoot)),
		forcedDark: declarations(blockAfter(css, forced))
	};
}

const BACKGROUNDS = ['--bg', '--surface'] as const;
/** Text colours: 4.5:1 on both backgrounds (WCAG 1.4.3). */
const TEXT = ['--text', '--muted', '--accent', '--link'] as const;
/** The focus outline is not text, but it is drawn on both backgrounds: 3:1 (WCAG 1.4.11). */
const FOCUS = '--focus';
/** Chart marks, drawn on the chart panel (`--surface`): 3:1 (WCAG 1.4.11). */
const MARKS = [
	'--mark',
	'--mark-2',
	'--mark-focus',
	'--mark-muted',
	'--reported',
	'--derived',
	'--accent'
] as const;
// Not checked, because they are decorative and carry no information on their own: `--grid` (gridlines),
// `--bound-fade` (the fading band past an estimate's bound), `--rule` (borders) and `--shadow`.

const TEXT_RATIO = 4.5;
const NON_TEXT_RATIO = 3;

/** Neighbouring series are told apart by lightness (1.5:1) or by hue: OKLCH hues this far apart… */
const SERIES_LIGHTNESS_RATIO = 1.5;
const SERIES_HUE_DEGREES = 90;
/** …and each colour saturated enough for its hue to show (OKLCH chroma; a neutral grey is 0). */
const SERIES_MIN_CHROMA = 0.03;

const themes = readThemes();
const CHECKED = [...new Set<string>([...BACKGROUNDS, ...TEXT, FOCUS, ...MARKS])];

function colour(theme: keyof typeof themes, token: string): Rgba {
	const value = themes[theme].get(token);
	if (value === undefined) throw new Error(`The ${theme} theme does not declare ${token}`);
	return parseColour(value);
}

describe('the contrast formula', () => {
	it('gives 21:1 for black on white, either way round', () => {
		expect(contrast(parseColour('#000000'), parseColour('#ffffff'))).toBeCloseTo(21, 5);
		expect(contrast(parseColour('#fff'), parseColour('#000'))).toBeCloseTo(21, 5);
	});

	it('gives about 4.48:1 for #777 on white, just under the text threshold', () => {
		expect(contrast(parseColour('#777777'), parseColour('#ffffff'))).toBeCloseTo(4.48, 2);
	});

	it('lays a translucent colour over its background before measuring', () => {
		const halfBlack = parseColour('rgb(0 0 0 / 0.5)');
		expect(halfBlack.a).toBe(0.5);
		expect(contrast(halfBlack, parseColour('#ffffff'))).toBeCloseTo(
			contrast(parseColour('rgb(127.5 127.5 127.5)'), parseColour('#ffffff')),
			5
		);
	});
});

describe('app.css', () => {
	it('declares a light and a dark palette', () => {
		expect(themes.light.size).toBeGreaterThan(0);
		expect(themes.dark.size).toBeGreaterThan(0);
	});

	it('gives ?theme=dark exactly the dark tokens of the system preference', () => {
		expect(Object.fromEntries(themes.forcedDark)).toEqual(Object.fromEntries(themes.dark));
	});
});

for (const theme of ['light', 'dark'] as const) {
	describe(`the ${theme} theme`, () => {
		it('declares every checked colour token, each as a colour this test can read', () => {
			for (const token of CHECKED) {
				expect(themes[theme].has(token), `${theme}: ${token} is not declared`).toBe(true);
				expect(() => colour(theme, token), `${theme}: ${token}`).not.toThrow();
			}
		});

		for (const token of TEXT) {
			for (const background of BACKGROUNDS) {
				it(`gives ${token} text at least ${TEXT_RATIO}:1 on ${background}`, () => {
					const ratio = contrast(colour(theme, token), colour(theme, background));
					expect(
						ratio,
						`${theme}: ${token} on ${background} is ${ratio.toFixed(2)}:1, needs ${TEXT_RATIO}:1`
					).toBeGreaterThanOrEqual(TEXT_RATIO);
				});
			}
		}

		for (const background of BACKGROUNDS) {
			it(`gives the ${FOCUS} outline at least ${NON_TEXT_RATIO}:1 on ${background}`, () => {
				const ratio = contrast(colour(theme, FOCUS), colour(theme, background));
				expect(
					ratio,
					`${theme}: ${FOCUS} on ${background} is ${ratio.toFixed(2)}:1, needs ${NON_TEXT_RATIO}:1`
				).toBeGreaterThanOrEqual(NON_TEXT_RATIO);
			});
		}

		for (const token of MARKS) {
			it(`gives the ${token} chart mark at least ${NON_TEXT_RATIO}:1 on --surface`, () => {
				const ratio = contrast(colour(theme, token), colour(theme, '--surface'));
				expect(
					ratio,
					`${theme}: ${token} on --surface is ${ratio.toFixed(2)}:1, needs ${NON_TEXT_RATIO}:1`
				).toBeGreaterThanOrEqual(NON_TEXT_RATIO);
			});
		}

		it('tells --mark (Shanghai) from --mark-2 (China) by lightness or clearly by hue', () => {
			const surface = colour(theme, '--surface');
			const first = over(colour(theme, '--mark'), surface);
			const second = over(colour(theme, '--mark-2'), surface);
			const ratio = contrast(first, second);
			const [a, b] = [oklch(first), oklch(second)];
			const apart = Math.abs(a.hue - b.hue);
			const hueDifference = Math.min(apart, 360 - apart);
			const byLightness = ratio >= SERIES_LIGHTNESS_RATIO;
			const byHue = Math.min(a.chroma, b.chroma) >= SERIES_MIN_CHROMA && hueDifference >= SERIES_HUE_DEGREES;
			expect(
				byLightness || byHue,
				`${theme}: --mark vs --mark-2 is ${ratio.toFixed(2)}:1 (needs ${SERIES_LIGHTNESS_RATIO}:1), ` +
					`hues ${hueDifference.toFixed(0)}° apart (needs ${SERIES_HUE_DEGREES}°), ` +
					`chroma ${a.chroma.toFixed(3)} and ${b.chroma.toFixed(3)} (needs ${SERIES_MIN_CHROMA})`
			).toBe(true);
		});
	});
}
