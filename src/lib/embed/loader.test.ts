// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CARD_HEIGHT, MIN_HEIGHT, clampHeight, frameUrl, install } from './loader';
import { ampSizeMessage, pymMessage } from './messages';

const BASE = 'https://news.example/article/';

describe('frameUrl', () => {
	it('resolves the embed against the host page and adds pym’s parameters', () => {
		const url = frameUrl('https://story.example/embed/?theme=dark', BASE, {
			id: 'a',
			width: 640.4,
			mode: 'stepper'
		});
		expect(url?.href).toBe('https://story.example/embed/?theme=dark&childId=a&initialWidth=640');
		expect(frameUrl('/embed/', BASE, { id: 'a', width: 300, mode: 'scroll' })?.href).toBe(
			'https://news.example/embed/?childId=a&initialWidth=300&mode=scroll'
		);
	});

	it.each([
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'http://[bad',
		'file:///etc/passwd'
	])('frames nothing for %s', (raw) => {
		expect(frameUrl(raw, BASE, { id: 'a', width: 300, mode: 'stepper' })).toBeUndefined();
	});
});

describe('clampHeight', () => {
	it('keeps a card between its bounds, and lets only the scroll-driven story be taller', () => {
		expect(clampHeight(5, 'stepper')).toBe(MIN_HEIGHT);
		expect(clampHeight(50_000, 'stepper')).toBe(MAX_CARD_HEIGHT);
		expect(clampHeight(50_000, 'scroll')).toBe(50_000);
	});
});

describe('install', () => {
	afterEach(() => {
		document.body.innerHTML = '';
	});

	const place = (html: string) => {
		document.body.innerHTML = html;
		install(window);
		return [...document.querySelectorAll('iframe')];
	};
	const post = (data: unknown, source: MessageEventSource | null, origin = 'https://story.example') =>
		window.dispatchEvent(new MessageEvent('message', { data, source, origin }));

	it('makes an accessible, lazy, borderless, full-width frame for each element, once', () => {
		const frames = place(`
			<div id="first" data-story-embed="https://story.example/embed/" data-title="Shanghai's new engines"></div>
			<div data-story-embed="https://story.example/embed/firms/"></div>
			<div data-story-embed="javascript:alert(1)"></div>`);
		expect(frames).toHaveLength(2);
		const [first, second] = frames;
		expect(first?.title).toBe("Shanghai's new engines");
		expect(first?.getAttribute('loading')).toBe('lazy');
		expect(first?.getAttribute('width')).toBe('100%');
		expect(first?.style.border).toMatch(/^0|none/);
		expect(new URL(first!.src).searchParams.get('childId')).toBe('first');
		expect(second?.title).toBe('Interactive story');
		install(window);
		expect(document.querySelectorAll('iframe')).toHaveLength(2);
	});

	it('takes heights only from its own frame, its origin and its id, clamped', () => {
		const [frame] = place(`<div id="s" data-story-embed="https://story.example/embed/"></div>`);
		const own = frame!.contentWindow;
		post(pymMessage('s', 'height', 812), own);
		expect(frame!.height).toBe('812');
		post(ampSizeMessage(640), own);
		expect(frame!.height).toBe('640');
		post(pymMessage('s', 'height', 999), window, 'https://story.example');
		post(pymMessage('s', 'height', 999), own, 'https://evil.example');
		post(pymMessage('other', 'height', 999), own);
		expect(frame!.height).toBe('640');
		post(pymMessage('s', 'height', '99999'), own);
		expect(frame!.height).toBe(String(MAX_CARD_HEIGHT));
		post(pymMessage('s', 'height', '-1'), own);
		post({ sentinel: 'amp', type: 'embed-size', height: '<b>' }, own);
		expect(frame!.height).toBe(String(MAX_CARD_HEIGHT));
	});
});
