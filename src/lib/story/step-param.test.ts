/** `?step=N` parsing: a valid step or nothing, whatever the URL holds. */
import { describe, expect, it } from 'vitest';
import { parseStepParam } from './step-param';

describe('parseStepParam', () => {
	it.each([
		['1', 1],
		['7', 7],
		[' 12 ', 12],
		['27', 27],
		['007', 7]
	])('accepts %j', (raw, expected) => {
		expect(parseStepParam(raw, 27)).toBe(expected);
	});

	it.each([
		null,
		undefined,
		'',
		'0',
		'28',
		'-3',
		'2.5',
		'1e1',
		'abc',
		'<script>',
		'NaN',
		'Infinity',
		'99999999',
		'٣',
		'３'
	])('ignores %j', (raw) => {
		expect(parseStepParam(raw, 27)).toBeUndefined();
	});
});
