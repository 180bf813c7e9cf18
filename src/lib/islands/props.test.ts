// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileString } from '$lib/testing/hostile-strings';
import { PROPS_ATTRIBUTE, propsScript } from './props';

/** What a browser makes of the script: the element it parses, and the data inside. */
function parsed(html: string) {
	const doc = new DOMParser().parseFromString(`<div></div>${html}<p id="after"></p>`, 'text/html');
	const script = doc.querySelector('script');
	return { doc, script, data: script ? JSON.parse(script.textContent ?? '') : undefined };
}

describe('an island’s props script', () => {
	it('is a JSON data block named for its island, which the browser reads back as it was', () => {
		const props = { title: 'Shanghai’s new engines', steps: [{ number: 1, focus: ['hq'] }], site: null };
		const { script, data } = parsed(propsScript('story', props));
		expect(script?.type).toBe('application/json');
		expect(script?.getAttribute(PROPS_ATTRIBUTE)).toBe('story');
		expect(data).toEqual(props);
	});

	it('leaves functions out: a snippet is adopted from the page, not sent', () => {
		const { data } = parsed(propsScript('story', { steps: () => 'drawn', n: 2 }));
		expect(data).toEqual({ n: 2 });
	});

	it('cannot be closed early or turned into markup by any string in the data', () => {
		fc.assert(
			fc.property(hostileString(), (text) => {
				const value = `${text}</script><p id="injected">${text}<!--`;
				const html = propsScript('chart', { text: value });
				// No '<' but the element's own tags: nothing inside can end it, or open a comment or a tag.
				expect(html.slice(1, -'</script>'.length)).not.toContain('<');
				const json = html.slice(html.indexOf('>') + 1, -'</script>'.length);
				expect(JSON.parse(json)).toEqual({ text: value });
			})
		);
		// And as a browser parses it, with every known hostile value at once.
		const value = HOSTILE_STRINGS.map((text) => `${text}</script><p id="injected"><!--`).join('');
		const { doc, data } = parsed(propsScript('chart', { value }));
		expect(doc.getElementById('injected')).toBeNull();
		expect(doc.getElementById('after')).not.toBeNull();
		expect(data).toEqual({ value });
	});

	it('refuses an island name that could break out of its attribute', () => {
		expect(() => propsScript('story" onload="x', {})).toThrow(/lowercase/);
		expect(() => propsScript('', {})).toThrow();
	});
});
