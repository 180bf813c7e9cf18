/**
 * The language of a source's own title or publisher, so a page can mark it (`lang`) where it differs
 * from the page's: kana means Japanese, Han characters without kana Chinese, anything else English
 * (every other source of this story is in English).
 */
export function textLang(text: string): 'ja' | 'zh-CN' | 'en' {
	if (/[\u3040-\u30ff]/.test(text)) return 'ja';
	if (/[\u4e00-\u9fff]/.test(text)) return 'zh-CN';
	return 'en';
}
