import { describe, expect, it } from 'vitest';
import { FALLBACK_HEIGHT, embedSnippet, embedUrl, escapeHtml, type EmbedSite } from './snippets';

const site: EmbedSite = {
	story: 'https://graphics.example/shanghai/',
	root: 'https://graphics.example/shanghai/',
	title: 'Shanghai’s new engines: an interactive story',
	noscript: 'Shanghai’s new engines (opens the story)'
};

describe('embed snippets', () => {
	it('points at the stepper, a chart, or the stepper for the scroll-driven story, with the theme', () => {
		expect(embedUrl({ target: 'stepper', theme: 'auto', kind: 'loader' }, site)).toBe(
			'https://graphics.example/shanghai/embed/'
		);
		expect(embedUrl({ target: 'ic', theme: 'dark', kind: 'iframe' }, site)).toBe(
			'https://graphics.example/shanghai/embed/ic/?theme=dark'
		);
	});

	it('writes the loader snippet with the mode, title and a noscript link', () => {
		const code = embedSnippet({ target: 'scroll', theme: 'light', kind: 'loader' }, site);
		expect(code).toBe(
			[
				'<div data-story-embed="https://graphics.example/shanghai/embed/?theme=light" data-mode="scroll" data-title="Shanghai’s new engines: an interactive story"><noscript><a href="https://graphics.example/shanghai/">Shanghai’s new engines (opens the story)</a></noscript></div>',
				'<script async src="https://graphics.example/shanghai/embed.js"></script>'
			].join('\n')
		);
	});

	it('writes the frame alone at a fixed height, and the stepper when the scroll mode was asked', () => {
		const chart = embedSnippet({ target: 'firms', theme: 'auto', kind: 'iframe' }, site);
		expect(chart).toContain(`src="https://graphics.example/shanghai/embed/firms/"`);
		expect(chart).toContain(`height="${FALLBACK_HEIGHT.chart}"`);
		expect(chart).toContain('<noscript><a href="https://graphics.example/shanghai/">');
		const scroll = embedSnippet({ target: 'scroll', theme: 'auto', kind: 'iframe' }, site);
		expect(scroll).toContain(`src="https://graphics.example/shanghai/embed/"`);
		expect(scroll).toContain(`height="${FALLBACK_HEIGHT.stepper}"`);
		expect(scroll).not.toContain('mode=scroll');
	});

	it('escapes every value it writes into markup', () => {
		expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe(
			`&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;`
		);
		const code = embedSnippet(
			{ target: 'stepper', theme: 'auto', kind: 'iframe' },
			{ ...site, title: '"><img src=x onerror=alert(1)>' }
		);
		expect(code).not.toContain('<img');
		expect(code).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
	});
});
