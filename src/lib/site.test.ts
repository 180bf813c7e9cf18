import { describe, expect, it } from 'vitest';
import { siteUrl } from './site';

describe('siteUrl', () => {
	it('ends the address in a slash, so relative paths stay inside the site', () => {
		expect(siteUrl('https://example.org/story')).toBe('https://example.org/story/');
		expect(siteUrl('https://example.org/story/')).toBe('https://example.org/story/');
		expect(new URL('embed/', siteUrl('https://example.org/story')!).href).toBe(
			'https://example.org/story/embed/'
		);
	});

	it('is null when unset or not a web address', () => {
		expect(siteUrl('')).toBeNull();
		expect(siteUrl('javascript:alert(1)')).toBeNull();
		expect(siteUrl('not a url')).toBeNull();
	});
});
