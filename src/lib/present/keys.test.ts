import { describe, expect, it } from 'vitest';
import { presentKey, type PresentKeyState } from './keys';

const at = (current: number, extra: Partial<PresentKeyState> = {}): PresentKeyState => ({
	current,
	total: 27,
	digits: '',
	hidden: false,
	...extra
});

describe('presentKey', () => {
	it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' '])('%s goes to the next step', (key) => {
		expect(presentKey(key, at(4))).toEqual({ kind: 'go', step: 5 });
	});

	it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%s goes back', (key) => {
		expect(presentKey(key, at(4))).toEqual({ kind: 'go', step: 3 });
	});

	it('stays inside the story at either end, and Home and End jump there', () => {
		expect(presentKey('PageDown', at(27))).toEqual({ kind: 'go', step: 27 });
		expect(presentKey('PageUp', at(1))).toEqual({ kind: 'go', step: 1 });
		expect(presentKey('Home', at(9))).toEqual({ kind: 'go', step: 1 });
		expect(presentKey('End', at(9))).toEqual({ kind: 'go', step: 27 });
	});

	it('gathers typed digits and goes there on Enter; a number out of range is dropped', () => {
		expect(presentKey('1', at(4))).toEqual({ kind: 'buffer', digits: '1' });
		expect(presentKey('2', at(4, { digits: '1' }))).toEqual({ kind: 'buffer', digits: '12' });
		expect(presentKey('Enter', at(4, { digits: '12' }))).toEqual({ kind: 'go', step: 12 });
		expect(presentKey('Enter', at(4, { digits: '99' }))).toEqual({ kind: 'buffer', digits: '' });
		expect(presentKey('Enter', at(4, { digits: '0' }))).toEqual({ kind: 'buffer', digits: '' });
		expect(presentKey('Escape', at(4, { digits: '7' }))).toEqual({ kind: 'buffer', digits: '' });
		expect(presentKey('Backspace', at(4, { digits: '17' }))).toEqual({ kind: 'buffer', digits: '1' });
		expect(presentKey('5', at(4, { digits: '123' }))).toEqual({ kind: 'buffer', digits: '235' });
	});

	it('in reveal mode, the first "next" shows the labels and the second moves on', () => {
		expect(presentKey('PageDown', at(4, { hidden: true }))).toEqual({ kind: 'reveal' });
		expect(presentKey('PageUp', at(4, { hidden: true }))).toEqual({ kind: 'go', step: 3 });
	});

	it('toggles full screen with F, the notes with N and the animation with M, and ignores other keys', () => {
		expect(presentKey('f', at(4))).toEqual({ kind: 'toggle', what: 'fullscreen' });
		expect(presentKey('N', at(4))).toEqual({ kind: 'toggle', what: 'notes' });
		expect(presentKey('m', at(4))).toEqual({ kind: 'toggle', what: 'motion' });
		expect(presentKey('Enter', at(4))).toEqual({ kind: 'none' });
		expect(presentKey('x', at(4))).toEqual({ kind: 'none' });
	});
});
