import { describe, expect, it } from 'vitest';
import { apa, gbt7714, today } from './cite';

const story = {
	title: 'Shanghai’s new engines',
	kind: 'Interactive story',
	published: '2026-11-24',
	accessed: '2027-03-02',
	url: 'https://example.org/story/'
};

describe('citations', () => {
	it('writes APA with the title first, the kind in brackets and the date in words', () => {
		expect(apa(story)).toBe(
			'Shanghai’s new engines [Interactive story]. (2026, November 24). https://example.org/story/'
		);
	});

	it('writes GB/T 7714 as an online resource with its publication and citation dates', () => {
		expect(gbt7714(story)).toBe(
			'Shanghai’s new engines[EB/OL]. (2026-11-24)[2027-03-02]. https://example.org/story/.'
		);
	});

	it('dates today in the reader’s own calendar', () => {
		expect(today(new Date(2027, 2, 2, 23, 59))).toBe('2027-03-02');
	});
});
