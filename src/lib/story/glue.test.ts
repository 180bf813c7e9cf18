import { describe, expect, it } from 'vitest';
import { glue } from './glue';

describe('glue', () => {
	it('keeps brackets and closing punctuation with the figure they touch', () => {
		const runs = glue([
			{ text: 'added ' },
			{ text: '1.06 trillion yuan', figure: 'a' },
			{ text: ' (' },
			{ text: 'US$149.06 billion', figure: 'b' },
			{ text: ') of value: ' },
			{ text: '40 firms', figure: 'c' },
			{ text: '.' }
		]);
		expect(runs).toEqual([
			{ text: 'added ' },
			{ figure: 'a', text: '1.06 trillion yuan', before: '', after: '' },
			{ text: ' ' },
			{ figure: 'b', text: 'US$149.06 billion', before: '(', after: ')' },
			{ text: ' of value: ' },
			{ figure: 'c', text: '40 firms', before: '', after: '.' }
		]);
	});

	it('leaves the words unchanged when read back in order', () => {
		const paragraph = [{ text: '“' }, { text: '12 years', figure: 'y' }, { text: '”, he said.' }];
		const joined = glue(paragraph)
			.map((run) => ('figure' in run ? run.before + run.text + run.after : run.text))
			.join('');
		expect(joined).toBe('“12 years”, he said.');
	});
});
