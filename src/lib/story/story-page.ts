import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { editionOf } from '$lib/i18n/editions';
import { siteUrl } from '$lib/site';
import { buildStory } from './build';

/**
 * What every page of an edition loads at build time: the story in that edition's language, the
 * edition's code (`en`, `zh`), and the published site's address when the build knows it.
 */
export function storyPage(segment: string | undefined) {
	const edition = editionOf(segment);
	const site = siteUrl();
	return {
		...buildStory(loadDataset(), copyFor(edition.lang)),
		edition: edition.lang,
		/** The edition's story below the site's root: `''` or `'zh/'`. */
		editionPath: edition.path,
		site,
		/** The edition's story, absolute, when the build knows the site. */
		storyUrl: site ? new URL(edition.path, site).href : null
	};
}
