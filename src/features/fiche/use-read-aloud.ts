// The browser's side of « Écouter la fiche »: finding a French voice, and a reader of the fiche
// (speech-reader.ts) that speaks with it through window.speechSynthesis.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ReadingPart } from './read-aloud';
import { createReader, NOT_STARTED, pickFrenchVoice, type Reader, type ReaderState } from './speech-reader';

const synthesis = (): SpeechSynthesis | undefined =>
  typeof window === 'undefined' ? undefined : window.speechSynthesis;

// Voices load after the page in Chrome: the list is empty until `voiceschanged`, which may come
// more than once (the network voices after the device's).
function subscribe(onChange: () => void) {
  const synth = synthesis();
  synth?.addEventListener('voiceschanged', onChange);
  return () => synth?.removeEventListener('voiceschanged', onChange);
}

// getVoices() may give new objects each time: the voice found is kept while it is the same one.
let found: SpeechSynthesisVoice | null = null;
function frenchVoice(): SpeechSynthesisVoice | null {
  const voice = pickFrenchVoice(synthesis()?.getVoices() ?? []);
  if (voice?.voiceURI !== found?.voiceURI) found = voice;
  return found;
}

/**
 * The French voice to read with, or null where there is none or no speechSynthesis. Null too in
 * the page drawn at build time, and so in the render that adopts it: the app's first render must
 * equal that page.
 */
export function useFrenchVoice(): SpeechSynthesisVoice | null {
  return useSyncExternalStore(subscribe, frenchVoice, () => null);
}

export interface ReaderControls {
  start(): void;
  pause(): void;
  resume(): void;
  next(): void;
  stop(): void;
}

/**
 * A reader of `plan` with `voice`: its state and its controls. It stops when the component goes
 * (another page, another fiche) and when the page is left: the speech would go on otherwise.
 * `onChange` is told of a change before it is drawn.
 */
export function useReader(
  plan: readonly ReadingPart[],
  voice: SpeechSynthesisVoice,
  onChange: (state: ReaderState) => void,
): [ReaderState, ReaderControls] {
  const [state, setState] = useState<ReaderState>(NOT_STARTED);
  const reader = useRef<Reader | null>(null);
  // Read when an utterance is made: a voice that changes does not restart the reading.
  const latest = useRef({ voice, onChange });
  useEffect(() => {
    latest.current = { voice, onChange };
  });
  useEffect(() => {
    const synth = window.speechSynthesis;
    const made = createReader(
      plan,
      {
        utter(text) {
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.voice = latest.current.voice;
          utterance.lang = latest.current.voice.lang;
          return utterance;
        },
        speak: (utterance) => synth.speak(utterance),
        cancel: () => synth.cancel(),
      },
      (next) => {
        latest.current.onChange(next);
        setState(next);
      },
    );
    reader.current = made;
    const leave = () => made.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      made.stop();
    };
  }, [plan]);
  const controls = useMemo<ReaderControls>(
    () => ({
      start: () => reader.current?.start(),
      pause: () => reader.current?.pause(),
      resume: () => reader.current?.resume(),
      next: () => reader.current?.next(),
      stop: () => reader.current?.stop(),
    }),
    [],
  );
  return [state, controls];
}
