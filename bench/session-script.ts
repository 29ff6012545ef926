// The scripted session of the interaction benchmark: the same for every corpus. A student types
// real queries letter by letter, corrects them, ticks and unticks facets, clears everything —
// first on /metiers, then on /formations. Each letter, erased letter, click and clearing is one
// timed interaction (about 260 in all).
import { slugify, type FacetKey, type Kind } from '../src/public-api.ts';

export type Step =
  /** One interaction per character. */
  | { do: 'type'; text: string }
  /** One interaction per erased character (Backspace). */
  | { do: 'erase'; count: number }
  /** Select the whole query and delete it: one interaction. */
  | { do: 'clearText' }
  /** Tick a value: the first of `prefer` that is shown and enabled, else the first enabled one. */
  | { do: 'toggle'; facet: FacetKey; prefer: string[] }
  /** Untick the value of `facet` ticked last. */
  | { do: 'untoggle'; facet: FacetKey }
  /** The "Tout effacer" button. */
  | { do: 'clearAll' };

/** Values are written as the catalogue's labels and turned into URL values like the app does. */
const v = (...labels: string[]) => labels.map(slugify);

export const SESSION: { kind: Kind; steps: Step[] }[] = [
  {
    kind: 'metier',
    steps: [
      { do: 'type', text: 'électricien' },
      { do: 'toggle', facet: 'niveau', prefer: ['4', '5'] },
      { do: 'toggle', facet: 'statut', prefer: v('salarié') },
      { do: 'erase', count: 5 },
      { do: 'type', text: 'onicien' },
      { do: 'untoggle', facet: 'statut' },
      { do: 'clearAll' },
      { do: 'toggle', facet: 'interets', prefer: v("J'aime bouger") },
      { do: 'toggle', facet: 'interets', prefer: v("J'aime la nature") },
      { do: 'toggle', facet: 'interets', prefer: v("J'aimerais travailler dehors") },
      { do: 'toggle', facet: 'niveau', prefer: ['3'] },
      { do: 'type', text: 'agri' },
      { do: 'toggle', facet: 'duree', prefer: ['2', '3'] },
      { do: 'clearText' },
      { do: 'untoggle', facet: 'interets' },
      { do: 'untoggle', facet: 'interets' },
      { do: 'clearAll' },
      { do: 'type', text: 'infirmier' },
      { do: 'toggle', facet: 'statut', prefer: v('fonctionnaire') },
      { do: 'toggle', facet: 'niveau', prefer: ['6'] },
      { do: 'clearText' },
      { do: 'type', text: 'soigner les animaux' },
      { do: 'clearAll' },
      { do: 'type', text: 'boulanger' },
      { do: 'erase', count: 9 },
      { do: 'type', text: 'mécanicien auto' },
      { do: 'toggle', facet: 'niveau', prefer: ['3', '4'] },
      { do: 'toggle', facet: 'duree', prefer: ['2'] },
      { do: 'clearAll' },
      { do: 'toggle', facet: 'interets', prefer: v('Je veux travailler dans le bâtiment') },
      { do: 'toggle', facet: 'statut', prefer: v('artisan') },
      { do: 'toggle', facet: 'duree', prefer: ['2', '3'] },
      { do: 'type', text: 'web développeur' },
      { do: 'clearAll' },
      { do: 'type', text: 'comptable' },
      { do: 'toggle', facet: 'statut', prefer: v('indépendant') },
      { do: 'toggle', facet: 'statut', prefer: v('libéral') },
      { do: 'clearAll' },
      { do: 'type', text: 'cuisinier' },
      { do: 'clearText' },
      { do: 'type', text: 'technicien' },
      { do: 'toggle', facet: 'niveau', prefer: ['5'] },
      { do: 'toggle', facet: 'interets', prefer: v("Réparer, bricoler, j'adore ça") },
      { do: 'erase', count: 10 },
      { do: 'clearAll' },
    ],
  },
  {
    kind: 'formation',
    steps: [
      { do: 'type', text: 'bts' },
      { do: 'toggle', facet: 'type', prefer: v('brevet de technicien supérieur (BTS)') },
      { do: 'toggle', facet: 'niveau', prefer: ['5'] },
      { do: 'type', text: ' commerce' },
      { do: 'clearAll' },
      { do: 'type', text: 'bac pro' },
      { do: 'toggle', facet: 'duree', prefer: ['3'] },
      { do: 'type', text: ' électricité' },
      { do: 'clearAll' },
      { do: 'type', text: 'licence' },
      { do: 'toggle', facet: 'interets', prefer: v('J’aime les langues', "J'aime les langues") },
      { do: 'clearText' },
      { do: 'type', text: 'cap cuisine' },
      { do: 'clearAll' },
      { do: 'type', text: 'informatique' },
      { do: 'toggle', facet: 'niveau', prefer: ['6', '7'] },
      { do: 'toggle', facet: 'interets', prefer: v('Je me passionne pour les nouvelles technologies') },
      { do: 'toggle', facet: 'type', prefer: v("diplôme d'ingénieur") },
      { do: 'untoggle', facet: 'niveau' },
      { do: 'clearText' },
      { do: 'type', text: 'design graphique' },
      { do: 'clearAll' },
    ],
  },
];

/** How many interactions a session makes (a step that cannot be played is skipped at run time). */
export function interactionCount(session = SESSION): number {
  let n = 0;
  for (const part of session) {
    for (const step of part.steps) {
      if (step.do === 'type') n += [...step.text].length;
      else if (step.do === 'erase') n += step.count;
      else n += 1;
    }
  }
  return n;
}
