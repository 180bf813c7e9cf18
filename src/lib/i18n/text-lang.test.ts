import { describe, expect, it } from 'vitest';
import { textLang } from './text-lang';

describe('textLang', () => {
	it('tells Japanese, Chinese and English titles apart', () => {
		expect(textLang('上海市の集積回路産業')).toBe('ja');
		expect(textLang('上海生物医药产业规模预计今年破万亿元')).toBe('zh-CN');
		expect(textLang('Mayor honors innovative industry leaders')).toBe('en');
	});
});
