// « Écouter la fiche »: the fiche read aloud by the device's French voice, section after section,
// for those who read with difficulty (dyslexia, low vision). While it reads, its controls stay at
// the bottom of the screen, and the page marks the section being read (FicheText.tsx).
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Fiche } from '../../catalog/schema';
import { useStickyBottom } from '../../ui/use-sticky-bottom';
import { readingPlan, type ReadingPart } from './read-aloud';
import type { ReaderState } from './speech-reader';
import { useFrenchVoice, useReader } from './use-read-aloud';

const ICONS = {
  listen: 'M4 9v6h4l5 4V5L8 9zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z',
  pause: 'M7 5h3v14H7zm7 0h3v14h-3z',
  resume: 'M8 5v14l11-7z',
  next: 'M6 5v14l9-7zm10 0h2v14h-2z',
  stop: 'M6 6h12v12H6z',
};

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="currentColor">
      <path d={ICONS[name]} />
    </svg>
  );
}

const sectionName = (part: ReadingPart) => part.title || 'début de la fiche';

/** What the live region says: the section being read, or how the reading ended. */
function message(state: ReaderState, plan: readonly ReadingPart[]): string {
  if (state.status !== 'idle') {
    const where = `${sectionName(plan[state.part]!)} (section ${state.part + 1} sur ${plan.length})`;
    return state.status === 'reading' ? `Lecture en cours : ${where}` : `Lecture en pause : ${where}`;
  }
  switch (state.ended) {
    case 'finished':
      return 'Lecture terminée.';
    case 'stopped':
      return 'Lecture arrêtée.';
    case 'failed':
      return 'La lecture s’est interrompue : la voix de l’appareil ne répond pas.';
    case null:
      return '';
  }
}

// Stuck to the bottom of the screen where it is tall enough for its text (as the lists' bar,
// ui/ListDock.tsx), so that the controls stay at hand while the page follows the reading.
const READING_BAR =
  'no-print inset-x-0 bottom-0 z-30 w-full border-t border-slate-300 bg-white/95 py-3 shadow-lg backdrop-blur [@media(min-height:30em)]:fixed [@media(min-height:30em)]:px-gutter dark:border-slate-600 dark:bg-slate-900/95';

// Narrower than the other buttons: « Pause » and « Section suivante » share a line at 360 px.
const CONTROL = 'btn-secondary px-3';

function ListenControls({
  fiche,
  voice,
  onReading,
}: {
  fiche: Fiche;
  voice: SpeechSynthesisVoice;
  onReading: (line: number | null) => void;
}) {
  const plan = useMemo(() => readingPlan(fiche), [fiche]);
  const bar = useStickyBottom<HTMLDivElement>();
  const listenButton = useRef<HTMLButtonElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  // Whether the controls had the focus when the reading started or ended: the button that held
  // it is gone, so the focus goes to the one that takes its place.
  const hadFocus = useRef(false);
  const [state, controls] = useReader(plan, voice, () => {
    hadFocus.current = bar.current?.contains(document.activeElement) ?? false;
  });
  const reading = state.status !== 'idle';
  const line = state.status === 'idle' ? null : (plan[state.part]?.line ?? null);

  useEffect(() => {
    onReading(line);
    return () => onReading(null);
  }, [line, onReading]);

  useLayoutEffect(() => {
    if (hadFocus.current) (reading ? pauseButton : listenButton).current?.focus();
    hadFocus.current = false;
  }, [reading]);

  if (plan.length === 0) return null;
  const last = state.status !== 'idle' && state.part === plan.length - 1;
  return (
    <div
      ref={bar}
      role={reading ? 'group' : undefined}
      aria-label={reading ? 'Lecture à voix haute' : undefined}
      className={reading ? READING_BAR : 'min-w-0'}
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2">
        {!reading && (
          <button ref={listenButton} type="button" className="btn-secondary" onClick={controls.start}>
            <Icon name="listen" />
            Écouter la fiche
          </button>
        )}
        <p role="status" className={reading ? 'min-w-0 flex-[1_1_14rem] font-semibold' : 'min-w-0'}>
          {message(state, plan)}
        </p>
        {reading && (
          <>
            <button
              ref={pauseButton}
              type="button"
              className={CONTROL}
              onClick={state.status === 'reading' ? controls.pause : controls.resume}
            >
              <Icon name={state.status === 'reading' ? 'pause' : 'resume'} />
              {state.status === 'reading' ? 'Pause' : 'Reprendre'}
            </button>
            {/* Disabled for assistive technologies only: a disabled button would lose the focus. */}
            <button
              type="button"
              className={`${CONTROL} aria-disabled:cursor-not-allowed aria-disabled:opacity-60`}
              aria-disabled={last}
              onClick={controls.next}
            >
              <Icon name="next" />
              Section suivante
            </button>
            <button type="button" className={CONTROL} onClick={controls.stop}>
              <Icon name="stop" />
              Arrêter
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/**
 * The button « Écouter la fiche » and, while it reads, its controls; nothing where the device
 * has no French voice. `onReading` is told the line of the section being read, or null.
 */
export function ListenToFiche({
  fiche,
  onReading,
}: {
  fiche: Fiche;
  onReading: (line: number | null) => void;
}) {
  const voice = useFrenchVoice();
  if (!voice) return null;
  // One reader per fiche: going to another fiche stops the reading of this one.
  return (
    <ListenControls key={`${fiche.kind}/${fiche.id}`} fiche={fiche} voice={voice} onReading={onReading} />
  );
}
