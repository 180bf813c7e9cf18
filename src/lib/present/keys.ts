/**
 * Present mode's keys, as a pure function from a key to what it does, so the rules are tested without a
 * browser. Clickers send Page Down and Page Up; number keys gather a step number that Enter goes to.
 */

/** What a key does. */
export type PresentAction =
	| { kind: 'go'; step: number }
	| { kind: 'reveal' }
	| { kind: 'buffer'; digits: string }
	| { kind: 'toggle'; what: 'fullscreen' | 'notes' | 'motion' }
	| { kind: 'none' };

export interface PresentKeyState {
	/** The step shown, 1-based. */
	current: number;
	total: number;
	/** Digits typed so far, waiting for Enter. */
	digits: string;
	/** In reveal mode, whether this slide's labels are still hidden. */
	hidden: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** The longest step number one can type. */
const MAX_DIGITS = 3;

export function presentKey(key: string, state: PresentKeyState): PresentAction {
	const { current, total, digits, hidden } = state;
	const go = (step: number): PresentAction => ({ kind: 'go', step: Math.min(Math.max(step, 1), total) });
	if (/^[0-9]$/.test(key)) {
		return { kind: 'buffer', digits: (digits + key).slice(-MAX_DIGITS) };
	}
	if (key === 'Enter' && digits) {
		const step = Number(digits);
		return step >= 1 && step <= total ? go(step) : { kind: 'buffer', digits: '' };
	}
	if (key === 'Escape' && digits) return { kind: 'buffer', digits: '' };
	if (key === 'Backspace' && digits) return { kind: 'buffer', digits: digits.slice(0, -1) };
	if (NEXT.has(key)) return hidden ? { kind: 'reveal' } : go(current + 1);
	if (PREVIOUS.has(key)) return go(current - 1);
	if (key === 'Home') return go(1);
	if (key === 'End') return go(total);
	if (key === 'f' || key === 'F') return { kind: 'toggle', what: 'fullscreen' };
	if (key === 'n' || key === 'N') return { kind: 'toggle', what: 'notes' };
	if (key === 'm' || key === 'M') return { kind: 'toggle', what: 'motion' };
	return { kind: 'none' };
}
