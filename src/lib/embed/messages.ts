/**
 * The messages between an embed and its host page, as data. Both sides build them here and parse
 * what they receive here: a message of the wrong shape, type or size gives `undefined`, and nothing
 * in a message is ever evaluated or followed as a link.
 *
 * - pym.js (v1.3.2) strings: `pymxPYMx<id>xPYMx<type>xPYMx<value>`. The embed sends `height`; the host
 *   sends `width` (answered with a height) and `viewport-iframe-position`
 *   (`"<vw> <vh> <top> <left> <bottom> <right>"`, the iframe's box in the host's viewport).
 * - AMP's `amp-iframe resizable`: `{ sentinel: 'amp', type: 'embed-size', height }`.
 */
import { MAX_WIDTH } from './params';

const SEPARATOR = 'xPYMx';
/** No message of ours is longer; longer strings are not read at all. */
const MAX_MESSAGE_LENGTH = 256;

/** The tallest content we report or accept: the whole scroll-driven story is tall, nothing is taller. */
export const MAX_HEIGHT = 200_000;

/** A pym.js message for the container `id`. */
export function pymMessage(id: string, type: string, value: string | number): string {
	return ['pym', id, type, String(value)].join(SEPARATOR);
}

/** Reads a pym.js message addressed to `id`: its type and value, or `undefined`. */
export function parsePymMessage(data: unknown, id: string): { type: string; value: string } | undefined {
	if (typeof data !== 'string' || data.length > MAX_MESSAGE_LENGTH) return undefined;
	const prefix = `pym${SEPARATOR}${id}${SEPARATOR}`;
	if (!data.startsWith(prefix)) return undefined;
	const parts = data.slice(prefix.length).split(SEPARATOR);
	if (parts.length !== 2) return undefined;
	const [type = '', value = ''] = parts;
	return /^[a-z][a-zA-Z-]{0,39}$/.test(type) ? { type, value } : undefined;
}

/** AMP's resize request. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
	return { sentinel: 'amp', type: 'embed-size', height };
}

/** A height in pixels: a whole number from 1 to `MAX_HEIGHT`, or `undefined`. */
export function parseHeight(value: unknown): number | undefined {
	const height = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;
	return typeof height === 'number' && Number.isInteger(height) && height >= 1 && height <= MAX_HEIGHT
		? height
		: undefined;
}

/**
 * The height an embed asks for, in either protocol: a pym.js `height` message for `id`, or AMP's
 * `embed-size`. Anything else, or a height out of range, gives `undefined`.
 */
export function parseHeightMessage(data: unknown, id: string): number | undefined {
	if (typeof data === 'string') {
		const message = parsePymMessage(data, id);
		return message?.type === 'height' ? parseHeight(message.value) : undefined;
	}
	if (typeof data !== 'object' || data === null) return undefined;
	const { sentinel, type, height } = data as Record<string, unknown>;
	return sentinel === 'amp' && type === 'embed-size' ? parseHeight(height) : undefined;
}

/** Where the iframe sits in the host's viewport, in the host's CSS pixels. */
export interface HostViewport {
	/** The host viewport's size. */
	width: number;
	height: number;
	/** The iframe's top and bottom edges, from the top of the host's viewport (negative once scrolled past). */
	top: number;
	bottom: number;
}

/** The farthest an iframe edge can sit from the viewport and still be believed. */
const MAX_OFFSET = 10_000_000;

/** The value of pym's `viewport-iframe-position`: six numbers, the viewport's size in range. */
export function parseViewportPosition(value: string): HostViewport | undefined {
	const parts = value.trim().split(/\s+/);
	if (parts.length !== 6 || parts.some((part) => !/^-?\d{1,8}(\.\d{1,20})?$/.test(part))) return undefined;
	const [width = 0, height = 0, top = 0, , bottom = 0] = parts.map(Number);
	const sized = (size: number) => size >= 1 && size <= MAX_WIDTH;
	const placed = (offset: number) => Math.abs(offset) <= MAX_OFFSET;
	if (!sized(width) || !sized(height) || !placed(top) || !placed(bottom) || bottom < top) return undefined;
	return { width, height, top, bottom };
}

/** The value of a `viewport-iframe-position` message for an iframe's box in a viewport. */
export function viewportPosition(
	viewport: { width: number; height: number },
	box: { top: number; left: number; bottom: number; right: number }
): string {
	return [viewport.width, viewport.height, box.top, box.left, box.bottom, box.right]
		.map((value) => Math.round(value))
		.join(' ');
}
