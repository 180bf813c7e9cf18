import type { ParamMatcher } from '@sveltejs/kit';

/** The optional language segment: `/zh/…` is the Chinese edition; no segment is English. */
export const match = ((param: string): param is 'zh' => param === 'zh') satisfies ParamMatcher;
