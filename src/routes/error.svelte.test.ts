import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import en from '$lib/i18n/copy/en';
import zh from '$lib/i18n/copy/zh';
import ErrorPage from './+error.svelte';
import { load } from './+layout.server';

/** The page state SvelteKit gives the error page: a status, the address that failed, and the root layout's data. */
const state = vi.hoisted(() => ({
	page: { status: 404, url: new URL('https://example.org/nope/'), data: {} as Record<string, unknown> }
}));
vi.mock('$app/state', () => state);
// The layout's load reads the copy files at build time; the error page gets its words from it.
state.page.data = (await load({} as Parameters<typeof load>[0])) as Record<string, unknown>;

function showError(status: number, path: string) {
	state.page.status = status;
	state.page.url = new URL(path, 'https://example.org');
	return render(ErrorPage);
}

describe('the error page', () => {
	it('says in English that an address outside the Chinese edition leads nowhere, and links to the story', () => {
		showError(404, '/embed/no-such-chart/');
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.error.notFound);
		expect(screen.getByRole('main')).toHaveAttribute('lang', 'en');
		const link = screen.getByRole('link');
		expect(link).toHaveTextContent(en.headline);
		expect(link.getAttribute('href')).not.toMatch(/zh\/$/);
	});

	it('speaks Chinese under /zh/, and links to the Chinese story', () => {
		showError(404, '/zh/embed/no-such-chart/');
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh.error.notFound);
		expect(screen.getByRole('main')).toHaveAttribute('lang', 'zh-CN');
		expect(screen.getByText(zh.error.detail)).toBeInTheDocument();
		expect(screen.getByRole('link')).toHaveTextContent(`${zh.error.back}：${zh.headline}`);
		expect(screen.getByRole('link').getAttribute('href')).toMatch(/zh\/$/);
	});

	it('says a page failed to load, rather than that it does not exist, for other errors', () => {
		showError(500, '/zh/present/');
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh.error.failed);
	});
});
