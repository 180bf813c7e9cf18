import type { Handle } from '@sveltejs/kit';
import { hydrateAfterPaint } from '$lib/after-paint';
import { wrapNoscriptParts } from '$lib/noscript';

/**
 * While prerendering: sets `<html lang>` per route (`zh-CN` under `/zh/`, English elsewhere), puts what
 * only a reader without JavaScript sees in `<noscript>` (`wrapNoscriptParts`), and lets each page paint
 * before it fetches its JavaScript (`hydrateAfterPaint`).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /^\/zh(\/|$)/.test(event.url.pathname) ? 'zh-CN' : 'en';
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			const page = html.replace('%story.lang%', lang);
			return done ? hydrateAfterPaint(wrapNoscriptParts(page)) : page;
		}
	});
};
