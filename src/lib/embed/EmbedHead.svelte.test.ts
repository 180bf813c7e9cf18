import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EmbedHead from './EmbedHead.svelte';

/** What search engines and link previews read in an embed page's head. */
const canonical = () => document.head.querySelector('link[rel="canonical"]');

describe('EmbedHead', () => {
	it('describes the page and points search engines to the story, without noindex', () => {
		render(EmbedHead, {
			title: 'Chip output · A story',
			description: 'A chart of chip output.',
			canonical: 'https://graphics.example/shanghai/'
		});
		expect(document.title).toBe('Chip output · A story');
		expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute(
			'content',
			'A chart of chip output.'
		);
		expect(canonical()).toHaveAttribute('href', 'https://graphics.example/shanghai/');
		expect(document.head.querySelector('meta[name="robots"]')).toBeNull();
	});

	it('leaves the canonical out when the build does not know the site’s address', () => {
		render(EmbedHead, { title: 'A story', description: 'A story in charts.', canonical: null });
		expect(canonical()).toBeNull();
	});
});
