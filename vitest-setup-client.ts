/**
 * jsdom lacks the browser APIs the story uses on mount; these stand-ins let components mount.
 * Real scrolling, intersection and media queries are tested in Chromium (tests/browser).
 */
import '@testing-library/jest-dom/vitest';
import { vi } from 'vitest';

class StubIntersectionObserver implements IntersectionObserver {
	readonly root = null;
	readonly rootMargin = '0px';
	readonly thresholds = [0];
	readonly scrollMargin = '0px';
	constructor(readonly callback: IntersectionObserverCallback) {}
	observe = vi.fn();
	unobserve = vi.fn();
	disconnect = vi.fn();
	takeRecords = () => [];
}

class StubResizeObserver implements ResizeObserver {
	constructor(readonly callback: ResizeObserverCallback) {}
	observe = vi.fn();
	unobserve = vi.fn();
	disconnect = vi.fn();
}

// jsdom has no Web Animations: Svelte's transitions call element.animate(). A finished, inert stand-in.
Element.prototype.animate = vi.fn(
	() =>
		({
			cancel: vi.fn(),
			finish: vi.fn(),
			play: vi.fn(),
			pause: vi.fn(),
			onfinish: null,
			finished: Promise.resolve(),
			currentTime: 0,
			playState: 'finished'
		}) as unknown as Animation
);

Object.assign(globalThis, {
	IntersectionObserver: StubIntersectionObserver,
	ResizeObserver: StubResizeObserver
});

Object.defineProperty(window, 'matchMedia', {
	writable: true,
	value: (query: string): MediaQueryList => ({
		matches: false,
		media: query,
		onchange: null,
		addListener: vi.fn(),
		removeListener: vi.fn(),
		addEventListener: vi.fn(),
		removeEventListener: vi.fn(),
		dispatchEvent: () => false
	})
});

Element.prototype.scrollIntoView = vi.fn();
window.scrollTo = vi.fn() as typeof window.scrollTo;
