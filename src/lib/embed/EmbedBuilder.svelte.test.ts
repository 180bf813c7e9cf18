import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '$lib/i18n/copy/en';
import { EDITIONS } from '$lib/i18n/editions';
import EmbedBuilder from './EmbedBuilder.svelte';

const props = {
	words: en.embed,
	storyTitle: en.meta.title,
	charts: [
		{ id: 'firms' as const, title: en.scenes.firms.title },
		{ id: 'ic' as const, title: en.scenes.ic.title }
	],
	languages: EDITIONS,
	site: 'https://graphics.example/shanghai/',
	relativeRoot: './'
};
const code = () => screen.getByLabelText<HTMLTextAreaElement>('Embed code').value;

afterEach(() => vi.unstubAllGlobals());

describe('EmbedBuilder', () => {
	it('starts with the loader snippet for the stepper, at the site’s address', () => {
		render(EmbedBuilder, props);
		expect(code()).toContain('data-story-embed="https://graphics.example/shanghai/embed/"');
		expect(code()).toContain('<script async src="https://graphics.example/shanghai/embed.js"></script>');
	});

	it('follows the choices: a chart, a theme, the frame alone', async () => {
		render(EmbedBuilder, props);
		await fireEvent.change(screen.getByLabelText('What to embed'), { target: { value: 'ic' } });
		await fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
		await fireEvent.click(screen.getByLabelText(/The frame alone/));
		expect(code()).toMatch(/^<iframe src="https:\/\/graphics\.example\/shanghai\/embed\/ic\/\?theme=dark"/);
		expect(code()).toContain(`title="${en.embed.frameChart.replace('{title}', en.scenes.ic.title)}"`);
	});

	it('says the scroll-driven story needs the script when the frame alone is picked', async () => {
		render(EmbedBuilder, props);
		await fireEvent.change(screen.getByLabelText('What to embed'), { target: { value: 'scroll' } });
		expect(screen.queryByText(en.embed.builder.scrollNeedsLoader)).toBeNull();
		await fireEvent.click(screen.getByLabelText(/The frame alone/));
		expect(screen.getByText(en.embed.builder.scrollNeedsLoader)).toBeInTheDocument();
	});

	it('copies the code, or says how to when the clipboard is blocked', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		render(EmbedBuilder, props);
		await fireEvent.click(screen.getByRole('button', { name: 'Copy the code' }));
		expect(writeText).toHaveBeenCalledWith(code());
		expect(await screen.findByText('Copied.')).toBeInTheDocument();
		writeText.mockRejectedValue(new Error('blocked'));
		await fireEvent.click(screen.getByRole('button', { name: 'Copy the code' }));
		expect(await screen.findByText(en.embed.builder.copyFailed)).toBeInTheDocument();
	});
});
