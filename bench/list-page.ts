// How the benchmark finds its way on a list page: the header's links, the facets' fieldsets, and
// the state of the explorer a list URL describes.
import type { Page } from '@playwright/test';
import { facetsOf, KIND_LIST, type FacetKey, type Kind, type SortKey } from '../src/public-api.ts';
import type { EngineState } from './peers/protocol.ts';
import { LEGENDS, SELECTORS } from './selectors.ts';

/** The header's links to the list pages. */
export const LEGEND_LINKS = Object.fromEntries(
  KIND_LIST.map(({ kind, words }) => [kind, words.title]),
) as Record<Kind, string>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function fieldset(page: Page, kind: Kind, facet: FacetKey) {
  const legend = LEGENDS[kind][facet];
  if (!legend) throw new Error(`pas de facette ${facet} pour ${kind}`);
  return page
    .locator(`${SELECTORS.facetPanel} fieldset`)
    .filter({ has: page.locator('legend', { hasText: new RegExp(`^${escape(legend)}$`) }) });
}

/** Opens the long lists of values ("Voir les N autres") so that every value can be ticked. */
export async function expandFacets(page: Page) {
  const more = page.locator(`${SELECTORS.facetPanel} button[aria-expanded="false"]`);
  for (let n = await more.count(); n > 0; n--) await more.first().click();
}

/** The state of the explorer a URL describes, as the engines take it. */
export function stateOf(kind: Kind, search: string): EngineState {
  const params = new URLSearchParams(search);
  const filters: EngineState['filters'] = {};
  for (const { key } of facetsOf(kind)) {
    const value = params.get(key);
    if (value) filters[key] = value.split(',');
  }
  return {
    kind,
    q: params.get('q') ?? '',
    filters,
    sort: (params.get('tri') as SortKey | null) ?? 'pertinence',
  };
}
