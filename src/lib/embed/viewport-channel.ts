import type { HostViewport } from './messages';

/** Delivers the host's viewport messages to whoever listens. */
export interface ViewportChannel {
	emit(viewport: HostViewport): void;
	subscribe(listener: (viewport: HostViewport) => void): () => void;
}

/**
 * A channel that also hands a new listener the last viewport heard, so a story drawn after the host's
 * first message (its code and data arrive later) still starts from where the frame is.
 */
export function viewportChannel(): ViewportChannel {
	const listeners = new Set<(viewport: HostViewport) => void>();
	let last: HostViewport | undefined;
	return {
		emit(viewport) {
			last = viewport;
			listeners.forEach((listener) => listener(viewport));
		},
		subscribe(listener) {
			listeners.add(listener);
			if (last) listener(last);
			return () => listeners.delete(listener);
		}
	};
}
