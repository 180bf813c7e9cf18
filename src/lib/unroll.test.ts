// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { unroll, unrollWhilePrinting } from './unroll';

/**
 * A page as a browser with scripts reads it: each `<noscript>` holds its markup as one piece of text.
 * (jsdom parses `<noscript>` as elements, as a browser without scripts would; the text is set here.)
 */
function page() {
	document.head.innerHTML = '';
	document.body.innerHTML = '<div id="step-1"><p>Words</p><noscript></noscript></div><noscript></noscript>';
	const [chart, handout] = document.querySelectorAll('noscript');
	chart!.textContent = '<div class="static-chart nojs-show"><svg></svg></div>';
	handout!.textContent = '<article data-handout><h1>Handout</h1></article><p>Sources</p>';
	const style = document.createElement('noscript');
	style.textContent = '<style>.nojs-hide { display: none !important; }</style>';
	document.head.append(style);
}

afterEach(() => {
	document.body.innerHTML = '';
	document.head.innerHTML = '';
});

describe('unroll', () => {
	it('draws every <noscript> part in place, right after its <noscript>, and takes them away again', () => {
		page();
		const before = document.documentElement.innerHTML;
		const restore = unroll();
		expect(document.querySelector('#step-1 > noscript + .static-chart svg')).not.toBeNull();
		expect(document.querySelector('body > noscript + [data-handout] + p')?.textContent).toBe('Sources');
		// The head's rules for a page without scripts come into force with them.
		expect(document.querySelector('head > noscript + style')?.textContent).toContain('.nojs-hide');
		restore();
		expect(document.documentElement.innerHTML).toBe(before);
	});
});

describe('unrollWhilePrinting', () => {
	it('unrolls from beforeprint to afterprint, once however often the browser asks', () => {
		page();
		const stop = unrollWhilePrinting();
		dispatchEvent(new Event('beforeprint'));
		dispatchEvent(new Event('beforeprint'));
		expect(document.querySelectorAll('[data-handout]')).toHaveLength(1);
		dispatchEvent(new Event('afterprint'));
		expect(document.querySelectorAll('[data-handout]')).toHaveLength(0);
		stop();
		dispatchEvent(new Event('beforeprint'));
		expect(document.querySelectorAll('[data-handout]')).toHaveLength(0);
	});
});
