import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { addIslandScript } from '$lib/islands/page-scripts';
import { islandEntryOf } from '$lib/islands/paths';
import { wrapNoscriptParts } from '$lib/noscript';

/**
 * While prerendering: sets `<html lang>` per route (`zh-CN` under `/zh/`, English elsewhere), puts what
 * only a reader without JavaScript sees in `<noscript>` (`wrapNoscriptParts`), and gives each page its
 * island script, the only script it runs (`addIslandScript`; no page loads SvelteKit's client).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /^\/zh(\/|$)/.test(event.url.pathname) ? 'zh-CN' : 'en';
	const entry = islandEntryOf(event.route.id, event.params);
	const depth = event.url.pathname.split('/').filter(Boolean).length;
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			const page = html.replace('%story.lang%', lang);
			if (!done) return page;
			const wrapped = wrapNoscriptParts(page);
			return entry ? addIslandScript(wrapped, { entry, depth, dev }) : wrapped;
		}
	});
};
