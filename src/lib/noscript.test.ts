import { describe, expect, it } from 'vitest';
import { wrapNoscriptParts } from './noscript';

describe('wrapNoscriptParts', () => {
	it('puts each marked part, with everything inside it, in <noscript>', () => {
		const html =
			'<main><p>Step 1</p><!--[0--><div class="static-chart" data-noscript><div class="chart"><div>1</div></div></div><!--]-->' +
			'<p>Step 2</p><!--[0--><div data-noscript="" class="static-chart"><div>2</div></div><!--]--></main>';
		expect(wrapNoscriptParts(html)).toBe(
			'<main><p>Step 1</p><!--[0--><noscript><div class="static-chart" data-noscript><div class="chart"><div>1</div></div></div></noscript><!--]-->' +
				'<p>Step 2</p><!--[0--><noscript><div data-noscript="" class="static-chart"><div>2</div></div></noscript><!--]--></main>'
		);
	});

	it('wraps an element of another kind, and leaves a page with no marked part as it is', () => {
		expect(wrapNoscriptParts('<article data-noscript><article>a</article><p>b</p></article><p>c</p>')).toBe(
			'<noscript><article data-noscript><article>a</article><p>b</p></article></noscript><p>c</p>'
		);
		const plain = '<main><div class="data-noscript">not a mark</div></main>';
		expect(wrapNoscriptParts(plain)).toBe(plain);
	});

	it('stops the build when a marked part is never closed', () => {
		expect(() => wrapNoscriptParts('<div data-noscript><div>open')).toThrow(/never closed/);
	});
});
