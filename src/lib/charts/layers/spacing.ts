/**
 * Room for labels on a chart whose width is known only in the browser: an estimate of how wide a label
 * is, and which labels of a row to keep so that none overlaps another. The estimate errs wide, so a
 * label kept on the estimate has room on the screen.
 */

/** Chinese characters, Japanese kana, full-width forms and CJK punctuation: a full em each. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** Narrow characters: spaces, stops, commas, colons and the like. */
const NARROW = /[\s.,:;'’!|()[\]]/u;

import { browser } from '$app/environment';
import { sizing } from './sizing.svelte';

/** The plot width to lay labels out for when the real one is not known (before the page runs). */
export const ASSUMED_WIDTH = 280;

/**
 * A plot's size as LayerCake measured it in the browser, or `assumed` before the page runs and while
 * it comes to life (`sizing`).
 */
export const measuredOr = (size: number, assumed: number) =>
	browser && sizing.measured && size > 0 ? size : assumed;

/** An upper estimate of a label's width on one line, in pixels, at a font size in pixels. */
export function textWidth(text: string, fontPx: number, bold = false): number {
	let ems = 0;
	for (const char of text) ems += WIDE.test(char) ? 1 : NARROW.test(char) ? 0.36 : bold ? 0.68 : 0.64;
	return ems * fontPx;
}

/** A Chinese name with a year or a comma in it ("2020年推算") breaks only there, never inside a word. */
export const phrased = (name: string) => /，|\d年\p{Script=Han}/u.test(name);

/**
 * A name in pieces where a line may break besides spaces: after each stop or slash ("2022." and "07"),
 * and in Chinese after a comma or a year ("2021年" and "推算").
 */
export const namePieces = (name: string) => name.split(/(?<=[./，]|\d年)(?=\S)/u);

/**
 * The label's narrowest width when it may wrap: its longest piece that cannot break (Latin text
 * breaks at spaces and after `.`, `-` and `/`; Chinese text between any two characters, or only
 * where `phrased` allows).
 */
export function minTextWidth(text: string, fontPx: number, bold = false): number {
	const pieces = phrased(text)
		? namePieces(text)
		: text.split(/(?<=[\s./-])|(?=[\u2e80-\u9fff])|(?<=[\u2e80-\u9fff])/u);
	return Math.max(0, ...pieces.map((piece) => textWidth(piece.trim(), fontPx, bold)));
}

/** A label in a row: where its centre is and how wide it is (pixels), and whether it must stay. */
export interface RowLabel {
	at: number;
	width: number;
	/** Kept before any other (the mark the step is about). */
	first?: boolean;
}

/**
 * The tier each label goes in so that it is at least `gap` pixels from every other label of its
 * tier: 0 is the row itself, 1 a line above it. The labels marked `first` are placed before the rest
 * and may go up to `tiers - 1`; the rest, in order, only in the row. -1 leaves a label out.
 */
export function tiersApart(labels: readonly RowLabel[], gap: number, tiers = 1): number[] {
	const placed: RowLabel[][] = Array.from({ length: tiers }, () => []);
	const tier = labels.map(() => -1);
	const clears = (label: RowLabel, row: readonly RowLabel[]) =>
		row.every((other) => Math.abs(label.at - other.at) >= (label.width + other.width) / 2 + gap);
	const order = labels
		.map((label, index) => ({ label, index }))
		.sort((a, b) => Number(Boolean(b.label.first)) - Number(Boolean(a.label.first)));
	for (const { label, index } of order) {
		const reach = label.first ? tiers : 1;
		for (let row = 0; row < reach; row++) {
			if (!clears(label, placed[row]!)) continue;
			placed[row]!.push(label);
			tier[index] = row;
			break;
		}
	}
	return tier;
}

/**
 * Which labels of a row to keep so that each kept one is at least `gap` pixels from every other:
 * the ones marked `first`, then the rest in order, each kept when it clears those kept already.
 */
export function keepApart(labels: readonly RowLabel[], gap: number): boolean[] {
	return tiersApart(labels, gap).map((tier) => tier === 0);
}

/**
 * How far (pixels) to move a label centred at `at` so that all of it stays between 0 and `span`;
 * 0 when it fits where it is. A label wider than the span is centred on it.
 */
export function nudgeInside(at: number, width: number, span: number): number {
	if (width >= span) return span / 2 - at;
	if (at - width / 2 < 0) return width / 2 - at;
	if (at + width / 2 > span) return span - width / 2 - at;
	return 0;
}
