import type { Handle } from '@sveltejs/kit';
import { hydrateAfterPaint } from '$lib/after-paint';

/**
 * While prerendering: sets `<html lang>` per route (`zh-CN` under `/zh/`, English elsewhere), and
 * lets each page paint before it fetches its JavaScript (see `hydrateAfterPaint`).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /^\/zh(\/|$)/.test(event.url.pathname) ? 'zh-CN' : 'en';
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			const page = html.replace('%story.lang%', lang);
			return done ? hydrateAfterPaint(page) : page;
		}
	});
};
