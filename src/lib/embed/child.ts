/**
 * The embed's side of the conversation with its host page. It tells the host how tall the content is
 * (pym.js and AMP, on load, on resize, once fonts are in and whenever the content's height changes)
 * and hears the host's `width` and `viewport-iframe-position` messages. Outside an iframe it does
 * nothing. Only messages from the parent window are read, and only through the parsers.
 */
import {
	ampSizeMessage,
	MAX_HEIGHT,
	parsePymMessage,
	parseViewportPosition,
	pymMessage,
	type HostViewport
} from './messages';
import { parseChildId, parseInitialWidth, parseWidth } from './params';

export interface HostOptions {
	/** The page's query string (`location.search`). */
	search: string;
	/** Called with each valid viewport message (the scroll-driven story). */
	onViewport?: (viewport: HostViewport) => void;
	/** The element whose height is the content's; the root element unless told (it keeps its children's margins). */
	content?: HTMLElement;
}

/** What the host told us about the frame. */
export interface HostLink {
	/** pym's `childId`, if the host gave one. */
	childId: string | undefined;
	/**
	 * The width the host last reported (or `initialWidth` at first), if any. The layout needs none of
	 * it: the frame's own width is the container's, and the page lays itself out by CSS from that.
	 */
	hostWidth: () => number | undefined;
	/** Sends the height again now (after a change the observers cannot see). */
	sendHeight: () => void;
	/** Stops listening and observing. */
	stop: () => void;
}

/** True when the page runs inside another page's frame. */
export function isFramed(): boolean {
	try {
		return window.parent !== window;
	} catch {
		return true;
	}
}

/** Starts talking to the host. Returns `undefined` outside an iframe. */
export function connectToHost({ search, onViewport, content }: HostOptions): HostLink | undefined {
	if (!isFramed()) return undefined;
	const params = new URLSearchParams(search);
	const childId = parseChildId(params.get('childId'));
	let hostWidth = parseInitialWidth(params.get('initialWidth'));
	const box = content ?? document.documentElement;
	let sent = 0;

	const post = (message: unknown) => {
		try {
			window.parent.postMessage(message, '*');
		} catch {
			// A detached or closed parent: nothing to tell.
		}
	};
	const sendHeight = (force = false) => {
		const height = Math.min(Math.ceil(box.getBoundingClientRect().height), MAX_HEIGHT);
		// A hidden iframe (display: none in a closed tab) measures nothing: keep the last height.
		if (height < 1 || (height === sent && !force)) return;
		sent = height;
		if (childId) post(pymMessage(childId, 'height', height));
		post(ampSizeMessage(height));
	};

	const onMessage = (event: MessageEvent) => {
		if (event.source !== window.parent || !childId) return;
		const message = parsePymMessage(event.data, childId);
		if (message?.type === 'width') {
			const width = parseWidth(message.value);
			if (width !== undefined) {
				hostWidth = width;
				sendHeight(true);
			}
		} else if (message?.type === 'viewport-iframe-position') {
			const viewport = parseViewportPosition(message.value);
			if (viewport) onViewport?.(viewport);
		}
	};

	const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => sendHeight()) : undefined;
	observer?.observe(box);
	const onResize = () => sendHeight();
	window.addEventListener('message', onMessage);
	window.addEventListener('resize', onResize);
	window.addEventListener('load', onResize);
	document.fonts?.ready.then(onResize, () => {});
	sendHeight(true);

	return {
		childId,
		hostWidth: () => hostWidth,
		sendHeight: () => sendHeight(true),
		stop() {
			observer?.disconnect();
			window.removeEventListener('message', onMessage);
			window.removeEventListener('resize', onResize);
			window.removeEventListener('load', onResize);
		}
	};
}
