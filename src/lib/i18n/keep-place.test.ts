// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keepPlaceOnLanguageLinks, withPlace } from './keep-place';

/** A page at `address` whose step `current` is on screen, with a language link to `href`. */
function page(address: string, current: number | null, href = '../zh/embed/') {
	window.history.replaceState({}, '', address);
	const steps = [1, 2, 3]
		.map((n) => `<div id="step-${n}"${n === current ? ' aria-current="step"' : ''}></div>`)
		.join('');
	document.body.innerHTML = `${steps}<nav class="languages"><a href="${href}" hreflang="zh-CN">简体中文</a></nav><a class="other" href="../elsewhere/">x</a>`;
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('withPlace', () => {
	it('adds the step on screen and the page’s own options, and nothing else from its address', () => {
		page('/embed/?step=1&theme=dark&childId=frame-2&initialWidth=640&mode=stepper&utm_source=x', 3);
		expect(withPlace('../zh/embed/')).toBe(
			'../zh/embed/?step=3&theme=dark&mode=stepper&childId=frame-2&initialWidth=640'
		);
	});

	it('leaves the link as it is when there is no step on screen and no option to keep', () => {
		page('/embed/ic/?utm_source=x', null);
		expect(withPlace('../../zh/embed/ic/')).toBe('../../zh/embed/ic/');
	});
});

describe('keepPlaceOnLanguageLinks', () => {
	it('makes a language link carry the reader’s place as it is followed, each time afresh', () => {
		page('/embed/?theme=dark', 2);
		keepPlaceOnLanguageLinks();
		const link = document.querySelector<HTMLAnchorElement>('nav.languages a')!;
		// Following is cancelled here (jsdom would navigate); the href is written before that.
		const follow = () => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
		link.addEventListener('click', (event) => event.preventDefault());
		follow();
		expect(link.getAttribute('href')).toBe('../zh/embed/?step=2&theme=dark');
		document.getElementById('step-2')!.removeAttribute('aria-current');
		document.getElementById('step-3')!.setAttribute('aria-current', 'step');
		follow();
		expect(link.getAttribute('href')).toBe('../zh/embed/?step=3&theme=dark');
		// Other links are not language links.
		const other = document.querySelector<HTMLAnchorElement>('a.other')!;
		other.addEventListener('click', (event) => event.preventDefault());
		other.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
		expect(other.getAttribute('href')).toBe('../elsewhere/');
	});
});
