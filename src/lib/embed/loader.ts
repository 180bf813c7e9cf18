/**
 * `/embed.js`, the loader a host page includes once:
 *
 *     <div data-story-embed="https://…/embed/" data-title="…"></div>
 *     <script async src="https://…/embed.js"></script>
 *
 * It turns each such element into an accessible iframe (title, lazy loading, full width, no border)
 * and keeps the frame as tall as its content from the embed's pym.js or AMP height messages. With
 * `data-mode="scroll"` the frame holds the whole story at its full height, and the loader tells it
 * where it sits in the host's viewport (pym's `viewport-iframe-position`, at most once per frame) so
 * the story inside can follow the host's scroll. Messages are data: only those from the loader's own
 * frames, from their origin, of the right shape, are read, and heights are clamped.
 */
import { MAX_HEIGHT, parseHeightMessage, pymMessage, viewportPosition } from './messages';
import { parseChildId } from './params';

/** The attribute a host writes. */
export const EMBED_ATTRIBUTE = 'data-story-embed';
/** The shortest frame we make, whatever the embed says. */
export const MIN_HEIGHT = 100;
/** The tallest stepper or chart frame; the scroll-driven story may be taller, up to `MAX_HEIGHT`. */
export const MAX_CARD_HEIGHT = 10_000;
/** The height before the first message (or when none comes). */
const START_HEIGHT = 600;

export type LoaderMode = 'stepper' | 'scroll';

interface Frame {
	iframe: HTMLIFrameElement;
	id: string;
	origin: string;
	mode: LoaderMode;
}

interface Registry {
	frames: Frame[];
	count: number;
}

const REGISTRY = Symbol.for('story-embed');

/**
 * The frame's address: the embed's URL resolved against the host page, http(s) only, with pym's
 * `childId` and `initialWidth`, and `mode=scroll` for the scroll-driven story. `undefined` for
 * anything that is not a web address (a `javascript:` or `data:` URL is never framed).
 */
export function frameUrl(
	raw: string,
	base: string,
	options: { id: string; width: number; mode: LoaderMode }
): URL | undefined {
	let url: URL;
	try {
		url = new URL(raw.trim(), base);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	url.searchParams.set('childId', options.id);
	url.searchParams.set('initialWidth', String(Math.max(1, Math.round(options.width))));
	if (options.mode === 'scroll') url.searchParams.set('mode', 'scroll');
	else url.searchParams.delete('mode');
	return url;
}

/** A height asked for, clamped to what a frame of this mode may be. */
export function clampHeight(height: number, mode: LoaderMode): number {
	return Math.min(Math.max(height, MIN_HEIGHT), mode === 'scroll' ? MAX_HEIGHT : MAX_CARD_HEIGHT);
}

/** Makes frames for the elements not yet handled, and (once per page) starts listening. */
export function install(win: Window & typeof globalThis): void {
	const host = win as unknown as Record<symbol, Registry | undefined>;
	const first = !host[REGISTRY];
	const registry = (host[REGISTRY] ??= { frames: [], count: 0 });
	const doc = win.document;

	for (const element of doc.querySelectorAll<HTMLElement>(`[${EMBED_ATTRIBUTE}]`)) {
		if (element.querySelector('iframe[data-story-frame]')) continue;
		const mode: LoaderMode = element.getAttribute('data-mode') === 'scroll' ? 'scroll' : 'stepper';
		registry.count += 1;
		const id = parseChildId(element.id) ?? `story-embed-${registry.count}`;
		const url = frameUrl(element.getAttribute(EMBED_ATTRIBUTE) ?? '', doc.baseURI, {
			id,
			width: element.getBoundingClientRect().width || win.innerWidth,
			mode
		});
		if (!url) continue;
		const iframe = doc.createElement('iframe');
		iframe.setAttribute('data-story-frame', '');
		iframe.title = element.getAttribute('data-title') || 'Interactive story';
		iframe.src = url.href;
		iframe.setAttribute('loading', 'lazy');
		iframe.width = '100%';
		iframe.height = String(clampHeight(Number(element.getAttribute('data-height')) || START_HEIGHT, mode));
		iframe.setAttribute('scrolling', 'no');
		iframe.style.cssText = 'display:block;width:100%;border:0;overflow:hidden';
		const frame: Frame = { iframe, id, origin: url.origin, mode };
		if (mode === 'scroll') iframe.addEventListener('load', () => tellPosition(win, frame));
		element.append(iframe);
		registry.frames.push(frame);
	}

	if (!first) return;
	win.addEventListener('message', (event) => {
		const frame = registry.frames.find((item) => item.iframe.contentWindow === event.source);
		if (!frame || event.origin !== frame.origin) return;
		const height = parseHeightMessage(event.data, frame.id);
		if (height === undefined) return;
		frame.iframe.height = String(clampHeight(height, frame.mode));
		if (frame.mode === 'scroll') tellPosition(win, frame);
	});

	let scheduled = false;
	let nearOnly = true;
	const track = (event: Event) => {
		// A resize reaches every frame; a scroll only those near the viewport.
		if (event.type === 'resize') nearOnly = false;
		if (scheduled) return;
		scheduled = true;
		win.requestAnimationFrame(() => {
			scheduled = false;
			// Frames a single-page host has taken out of its page are forgotten.
			registry.frames = registry.frames.filter((frame) => frame.iframe.isConnected);
			for (const frame of registry.frames) if (frame.mode === 'scroll') tellPosition(win, frame, nearOnly);
			nearOnly = true;
		});
	};
	// Capture: a host that scrolls inside a container, not the window, is followed too.
	doc.addEventListener('scroll', track, { passive: true, capture: true });
	win.addEventListener('resize', track, { passive: true });
}

/**
 * Tells a scroll-driven frame where it sits in the viewport: one layout read, one message. The height
 * is the layout viewport's (`clientHeight`), which a phone's address bar does not change as it hides.
 */
function tellPosition(win: Window, frame: Frame, nearOnly = false): void {
	const box = frame.iframe.getBoundingClientRect();
	const root = win.document.documentElement;
	const viewport = {
		width: root.clientWidth || win.innerWidth,
		height: root.clientHeight || win.innerHeight
	};
	// Far off screen while scrolling, the story inside has nothing to do.
	if (nearOnly && (box.bottom < -viewport.height || box.top > 2 * viewport.height)) return;
	frame.iframe.contentWindow?.postMessage(
		pymMessage(frame.id, 'viewport-iframe-position', viewportPosition(viewport, box)),
		frame.origin
	);
}
