// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { makeAlternatesAbsolute } from './alternates';

describe('makeAlternatesAbsolute', () => {
	it('resolves each language alternate against the page’s address, and leaves other links alone', () => {
		window.history.replaceState({}, '', '/story/zh/embed/ic/');
		document.head.innerHTML = `
			<link rel="alternate" hreflang="en" href="../../../embed/ic/">
			<link rel="alternate" hreflang="x-default" href="https://example.org/embed/ic/">
			<link rel="icon" href="../icon.svg">`;
		makeAlternatesAbsolute();
		const hrefs = [...document.querySelectorAll('link')].map((link) => link.getAttribute('href'));
		expect(hrefs).toEqual([
			`${location.origin}/story/embed/ic/`,
			'https://example.org/embed/ic/',
			'../icon.svg'
		]);
	});
});
