import { describe, expect, it } from 'vitest';
import {
	MAX_HEIGHT,
	ampSizeMessage,
	parseHeightMessage,
	parsePymMessage,
	parseViewportPosition,
	pymMessage,
	viewportPosition
} from './messages';
import { parseWidth } from './params';

describe('pym.js messages', () => {
	it('writes the wire format pym.js 1.3.2 reads', () => {
		expect(pymMessage('story', 'height', 812)).toBe('pymxPYMxstoryxPYMxheightxPYMx812');
		expect(
			new RegExp('^pymxPYMx' + 'story' + 'xPYMx(\\S+)xPYMx(.*)$').exec(pymMessage('story', 'height', 812))
		).not.toBeNull();
	});

	it('reads a message for its own id, and nothing addressed to another', () => {
		expect(parsePymMessage('pymxPYMxstoryxPYMxwidthxPYMx640', 'story')).toEqual({
			type: 'width',
			value: '640'
		});
		expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'story')).toBeUndefined();
		expect(parsePymMessage('pymxPYMxstory-2xPYMxwidthxPYMx640', 'story')).toBeUndefined();
	});

	it.each([
		['not a string', { width: 640 }],
		['too long', 'pymxPYMxstoryxPYMxwidthxPYMx' + '1'.repeat(300)],
		['an extra separator', 'pymxPYMxstoryxPYMxwidthxPYMx1xPYMx2'],
		['a type with markup', 'pymxPYMxstoryxPYMx<img>xPYMx1'],
		['no value part', 'pymxPYMxstoryxPYMxwidth']
	])('ignores a message with %s', (_, data) => {
		expect(parsePymMessage(data, 'story')).toBeUndefined();
	});
});

describe('height messages', () => {
	it('reads pym.js and AMP heights', () => {
		expect(parseHeightMessage(pymMessage('s', 'height', 700), 's')).toBe(700);
		expect(parseHeightMessage(ampSizeMessage(640), 's')).toBe(640);
	});

	it.each([
		['a negative height', pymMessage('s', 'height', -5)],
		['a fraction', pymMessage('s', 'height', '12.5')],
		['an exponent', pymMessage('s', 'height', '1e9')],
		['a huge height', pymMessage('s', 'height', MAX_HEIGHT + 1)],
		['NaN', { sentinel: 'amp', type: 'embed-size', height: Number.NaN }],
		['Infinity', { sentinel: 'amp', type: 'embed-size', height: Number.POSITIVE_INFINITY }],
		['a string height in AMP', { sentinel: 'amp', type: 'embed-size', height: '640px' }],
		['another AMP type', { sentinel: 'amp', type: 'embed-ready', height: 640 }],
		['another message type', pymMessage('s', 'navigateTo', 'javascript:alert(1)')],
		['null', null]
	])('ignores %s', (_, data) => {
		expect(parseHeightMessage(data, 's')).toBeUndefined();
	});
});

describe('widths and viewport positions', () => {
	it('reads a width in range', () => {
		expect(parseWidth('640')).toBe(640);
		expect(parseWidth('0')).toBeUndefined();
		expect(parseWidth('99999')).toBeUndefined();
		expect(parseWidth('640px')).toBeUndefined();
	});

	it('round-trips a viewport position', () => {
		const value = viewportPosition(
			{ width: 390, height: 844 },
			{ top: -1200.4, left: 0, bottom: 28000, right: 390 }
		);
		expect(value).toBe('390 844 -1200 0 28000 390');
		expect(parseViewportPosition(value)).toEqual({ width: 390, height: 844, top: -1200, bottom: 28000 });
	});

	it.each([
		'390 844 0 0 100',
		'390 844 a 0 100 390',
		'0 844 0 0 100 390',
		'390 844 500 0 100 390',
		'390 844 1e3 0 2000 390'
	])('ignores the position "%s"', (value) => {
		expect(parseViewportPosition(value)).toBeUndefined();
	});
});
