import { describe, expect, it } from 'vitest';
import { parseChildId, parseInitialWidth, parseMode, parseTheme } from './params';

describe('embed URL parameters', () => {
	it('takes a theme only when it is exactly light or dark', () => {
		expect(parseTheme('light')).toBe('light');
		expect(parseTheme('dark')).toBe('dark');
		for (const junk of ['Dark', ' dark', 'dark<script>', '', null]) expect(parseTheme(junk)).toBeUndefined();
	});

	it('takes a childId made of id characters, and nothing that could break a message', () => {
		expect(parseChildId('story-embed_1')).toBe('story-embed_1');
		for (const junk of ['', 'a b', '<b>', 'axPYMxb', 'x'.repeat(65), '"onload=', null]) {
			expect(parseChildId(junk)).toBeUndefined();
		}
	});

	it('takes an initial width from 1 to 10 000 pixels', () => {
		expect(parseInitialWidth('640')).toBe(640);
		expect(parseInitialWidth('640.6')).toBe(641);
		for (const junk of ['0', '-5', '10001', 'NaN', '1e3', '', null])
			expect(parseInitialWidth(junk)).toBeUndefined();
	});

	it('is the stepper unless the mode is exactly scroll', () => {
		expect(parseMode('scroll')).toBe('scroll');
		expect(parseMode('SCROLL')).toBe('stepper');
		expect(parseMode(null)).toBe('stepper');
	});
});
