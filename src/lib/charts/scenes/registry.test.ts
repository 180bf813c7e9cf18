import { describe, expect, it, vi } from 'vitest';
import { SceneRegistry } from './registry.svelte';

const Firms = (() => {}) as never;

describe('SceneRegistry', () => {
	it('fetches a scene’s code once, however many charts ask for it at once', async () => {
		const loader = vi.fn(async () => ({ default: Firms }));
		const scenes = new SceneRegistry({ firms: loader });
		expect(scenes.get('firms')).toBeUndefined();
		const [a, b] = await Promise.all([scenes.load('firms'), scenes.load('firms')]);
		expect(a).toBe(Firms);
		expect(b).toBe(Firms);
		await scenes.load('firms');
		scenes.prefetch(['firms', 'firms']);
		expect(loader).toHaveBeenCalledTimes(1);
		expect(scenes.get('firms')).toBe(Firms);
	});

	it('tries again after a failed fetch (offline, then online)', async () => {
		const loader = vi
			.fn<() => Promise<{ default: never }>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValueOnce({ default: Firms });
		const scenes = new SceneRegistry({ ic: loader });
		await expect(scenes.load('ic')).resolves.toBeUndefined();
		expect(scenes.get('ic')).toBeUndefined();
		await expect(scenes.load('ic')).resolves.toBe(Firms);
		expect(loader).toHaveBeenCalledTimes(2);
	});

	it('has at once the scenes it is given, and nothing for a scene it has no way to fetch', async () => {
		const scenes = new SceneRegistry({}, { star: Firms });
		expect(scenes.get('star')).toBe(Firms);
		await expect(scenes.load('star')).resolves.toBe(Firms);
		await expect(scenes.load('ai')).resolves.toBeUndefined();
	});
});
