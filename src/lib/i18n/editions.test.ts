import { describe, expect, it } from 'vitest';
import { match } from '../../params/lang';
import { EDITIONS, EDITION_ENTRIES, editionOf } from './editions';
import { LANGUAGES } from './index';

describe('editions', () => {
	it('has a copy file for every edition, and an edition for every copy file', () => {
		expect(EDITIONS.map((edition) => edition.lang).sort()).toEqual(Object.keys(LANGUAGES).sort());
	});

	it('prerenders every edition, and the route matcher takes exactly the editions’ segments', () => {
		expect(EDITION_ENTRIES.map((entry) => entry.lang ?? 'en').sort()).toEqual(
			EDITIONS.map((edition) => edition.lang).sort()
		);
		for (const edition of EDITIONS) if (edition.path) expect(match(edition.lang)).toBe(true);
		expect(match('en')).toBe(false);
		expect(match('fr')).toBe(false);
	});

	it('falls back to English for no segment or an unknown one', () => {
		expect(editionOf(undefined).lang).toBe('en');
		expect(editionOf('zh').lang).toBe('zh');
		expect(editionOf('xx').lang).toBe('en');
	});
});
