import type { Handle } from '@sveltejs/kit';

/** Sets `<html lang>` per route while prerendering: `zh-CN` under `/zh/`, English elsewhere. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = /^\/zh(\/|$)/.test(event.url.pathname) ? 'zh-CN' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%story.lang%', lang) });
};
