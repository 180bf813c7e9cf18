import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { FIT_LANES_SCRIPT } from '$lib/charts/layers/fit-lanes';
import { addIslandScript, allowInCsp } from '$lib/islands/page-scripts';
import { islandEntryOf } from '$lib/islands/paths';
import { wrapNoscriptParts } from '$lib/noscript';

/**
 * While prerendering: sets `<html lang>` per route (`zh-CN` under `/zh/`, English elsewhere), puts what
 * only a reader without JavaScript sees in `<noscript>` (`wrapNoscriptParts`), and gives each page its
 * island script, the only script it runs (`addIslandScript`; no page loads SvelteKit's client), beside
 * a timeline's inline fit (`fit-lanes.ts`).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /^\/zh(\/|$)/.test(event.url.pathname) ? 'zh-CN' : 'en';
	const entry = islandEntryOf(event.route.id, event.params);
	const depth = event.url.pathname.split('/').filter(Boolean).length;
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			const page = html.replace('%story.lang%', lang);
			if (!done) return page;
			let wrapped = wrapNoscriptParts(page);
			// A timeline fits its lanes with an inline script as the page arrives.
			if (wrapped.includes(FIT_LANES_SCRIPT)) wrapped = allowInCsp(wrapped, FIT_LANES_SCRIPT);
			return entry ? addIslandScript(wrapped, { entry, depth, dev }) : wrapped;
		}
	});
};
