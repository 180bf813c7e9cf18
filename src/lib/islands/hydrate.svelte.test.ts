/**
 * The browser's half of the islands, on the very page `Island.svelte` draws on the server
 * (`ISLAND_HTML`, checked against the server in `Island.test.ts`): it comes to life in place, keeps the
 * nodes it adopts, and leaves an island whose props it cannot read as the server drew it.
 */
import { fireEvent } from '@testing-library/svelte';
import { flushSync, mount, unmount, type Snippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CounterIsland from '$lib/testing/CounterIsland.svelte';
import { BARE_ISLAND_HTML, ISLAND_HTML, WORDS } from '$lib/testing/island-page';
import { adopt, findIslands, hydrateIsland, hydrateLater, whenNear } from './hydrate';

afterEach(() => {
	document.body.innerHTML = '';
	vi.restoreAllMocks();
});

/** The prerendered page, as the browser parsed it, and its words element. */
function page(html = ISLAND_HTML) {
	document.body.innerHTML = html;
	return document.querySelector<HTMLElement>('.words')!;
}

describe('hydrateIsland', () => {
	it('brings the island to life where the server drew it, keeping the very nodes it adopts', async () => {
		const warn = vi.spyOn(console, 'warn');
		const words = page();
		const button = document.querySelector('button')!;
		const [island] = findIslands<{ start: number; words?: Snippet }>('counter');
		expect(island?.props).toEqual({ start: 3 });
		hydrateIsland(island!, CounterIsland, { extra: { words: adopt(words) } });
		// Nothing was drawn again: the same button, the same words, in the same place.
		expect(document.querySelector('button')).toBe(button);
		expect(document.querySelector('.words')).toBe(words);
		expect(words.outerHTML).toBe(WORDS);
		expect(warn).not.toHaveBeenCalled();
		await fireEvent.click(button);
		expect(button.textContent).toBe('4');
	});

	it('takes over the words even where a development server wrote one comment too many after them', async () => {
		const warn = vi.spyOn(console, 'warn');
		const words = page(ISLAND_HTML.replace(`${WORDS}<!---->`, `${WORDS}<!----><!---->`));
		const [island] = findIslands<{ start: number; words?: Snippet }>('counter');
		hydrateIsland(island!, CounterIsland, { extra: { words: adopt(words) } });
		expect(document.querySelector('.words')).toBe(words);
		expect(warn).not.toHaveBeenCalled();
		await fireEvent.click(document.querySelector('button')!);
		expect(document.querySelector('button')?.textContent).toBe('4');
	});

	it('leaves an island static when its props are unreadable or missing', () => {
		page(
			ISLAND_HTML.replace('{"start":3}', '{"start":') +
				'<div data-island="counter"></div><p>no props</p>' +
				'<div data-island="counter"></div><script type="application/json" data-island-props="other">{}</script>'
		);
		expect(findIslands('counter')).toEqual([]);
	});
});

describe('adopt', () => {
	it('puts the server’s element back when Svelte has to draw the island afresh', () => {
		const words = page();
		words.remove();
		const target = document.createElement('div');
		document.body.append(target);
		const counter = mount(CounterIsland, { target, props: { start: 1, words: adopt(words) } });
		flushSync();
		expect(target.querySelector('.words')).toBe(words);
		expect(target.firstElementChild?.nextElementSibling).toBe(words);
		unmount(counter);
	});
});

describe('hydrateLater', () => {
	it('loads the component only when the page has such an island, then hydrates each', async () => {
		const load = vi.fn(async () => ({ default: CounterIsland }));
		document.body.innerHTML = '';
		await hydrateLater('counter', load);
		expect(load).not.toHaveBeenCalled();
		document.body.innerHTML = BARE_ISLAND_HTML + BARE_ISLAND_HTML;
		const buttons = [...document.querySelectorAll('button')];
		await hydrateLater('counter', load);
		expect(load).toHaveBeenCalledTimes(1);
		for (const button of buttons) {
			await fireEvent.click(button);
			expect(button.textContent).toBe('4');
		}
		expect([...document.querySelectorAll('button')]).toEqual(buttons);
	});

	it('leaves the islands static when their code cannot load', async () => {
		page();
		const offline = () => Promise.reject<{ default: typeof CounterIsland }>(new Error('offline'));
		await expect(hydrateLater('counter', offline)).resolves.toBeUndefined();
		expect(document.querySelector('button')?.textContent).toBe('3');
	});
});

/** The setup's stand-in IntersectionObserver, with the last one made and its options caught. */
interface CaughtObserver {
	callback: IntersectionObserverCallback;
	observe: ReturnType<typeof vi.fn>;
	disconnect: ReturnType<typeof vi.fn>;
}

function catchObserver(): { observer?: CaughtObserver; options?: IntersectionObserverInit } {
	const made: { observer?: CaughtObserver; options?: IntersectionObserverInit } = {};
	const Stub = globalThis.IntersectionObserver;
	vi.stubGlobal(
		'IntersectionObserver',
		class extends Stub {
			constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
				super(callback, options);
				made.observer = this as never;
				made.options = options;
			}
		}
	);
	return made;
}

describe('whenNear', () => {
	it('calls back once, when the element first comes within a screen of the viewport', () => {
		const element = document.createElement('section');
		const near = vi.fn();
		const made = catchObserver();
		whenNear(element, near);
		const observer = made.observer;
		expect(made.options?.rootMargin).toBe('100% 0px');
		const entry = (isIntersecting: boolean) => [{ isIntersecting, target: element }] as never;
		observer!.callback(entry(false), observer as never);
		expect(near).not.toHaveBeenCalled();
		observer!.callback(entry(true), observer as never);
		expect(near).toHaveBeenCalledTimes(1);
		expect(observer!.disconnect).toHaveBeenCalled();
		vi.unstubAllGlobals();
	});

	it('watches an island’s content, since the island’s own element has no box to meet the viewport', () => {
		const island = document.createElement('div');
		island.dataset.island = 'builder';
		island.innerHTML = '<section id="embed"></section>';
		const made = catchObserver();
		whenNear(island, vi.fn());
		const watched = made.observer!.observe.mock.calls.map(([target]) => target);
		expect(watched).toEqual([island.querySelector('#embed')]);
		vi.unstubAllGlobals();
	});

	it('calls back at once in a browser without IntersectionObserver', () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const near = vi.fn();
		whenNear(document.body, near);
		expect(near).toHaveBeenCalledTimes(1);
		vi.unstubAllGlobals();
	});
});
