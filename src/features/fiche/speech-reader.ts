// Reading a plan (read-aloud.ts) aloud, one utterance after the other, part after part, with
// pause, resume, next part and stop. The speech is given (the browser's speechSynthesis in the app,
// a fake in the tests), so this module holds no React and touches no browser object itself.
import type { ReadingPart } from './read-aloud';

/** What the reader needs of an utterance: SpeechSynthesisUtterance has it. */
export interface Utterance {
  onend: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}

/** What the reader needs of speechSynthesis, and how an utterance is made with the chosen voice. */
export interface Speech<U extends Utterance> {
  utter(text: string): U;
  speak(utterance: U): void;
  cancel(): void;
}

export type ReaderState =
  | { status: 'reading' | 'paused'; part: number }
  /** `ended`: how the last reading ended (null before any). */
  | { status: 'idle'; ended: 'finished' | 'stopped' | 'failed' | null };

export const NOT_STARTED: ReaderState = { status: 'idle', ended: null };

export interface Reader {
  readonly state: ReaderState;
  start(): void;
  pause(): void;
  resume(): void;
  next(): void;
  stop(): void;
}

export function createReader<U extends Utterance>(
  plan: readonly ReadingPart[],
  speech: Speech<U>,
  onChange: (state: ReaderState) => void,
): Reader {
  let state: ReaderState = NOT_STARTED;
  let part = 0;
  let index = 0;
  // The utterance being said. Events of any other are ignored: cancel() ends (or fails) the one
  // it interrupts, and Chrome sends that event late, once the next one has started.
  let current: U | null = null;

  const set = (next: ReaderState) => {
    state = next;
    onChange(next);
  };

  const silence = () => {
    current = null;
    speech.cancel();
  };

  const finish = (ended: 'finished' | 'stopped' | 'failed') => {
    silence();
    set({ status: 'idle', ended });
  };

  const say = () => {
    const text = plan[part]?.utterances[index];
    if (text === undefined) return finish('finished');
    const utterance = speech.utter(text);
    current = utterance;
    utterance.onend = () => {
      if (current !== utterance) return;
      index++;
      if (index < plan[part]!.utterances.length) return say();
      part++;
      index = 0;
      if (part >= plan.length) return finish('finished');
      set({ status: 'reading', part });
      say();
    };
    // A voice that fails (a network voice offline, a synthesis error) would leave the reader
    // waiting for an end that never comes: the reading stops and says so.
    utterance.onerror = () => {
      if (current === utterance) finish('failed');
    };
    speech.speak(utterance);
  };

  return {
    get state() {
      return state;
    },
    start() {
      if (state.status !== 'idle' || plan.length === 0) return;
      // A voice left speaking by a previous page (or stuck, as Chrome's sometimes is) is cleared.
      speech.cancel();
      part = 0;
      index = 0;
      set({ status: 'reading', part });
      say();
    },
    // Pausing cancels the utterance and resuming says it again from its start: speechSynthesis's
    // own pause() does nothing on Android and loses its place after a while in Chrome, and an
    // utterance is a sentence or two.
    pause() {
      if (state.status !== 'reading') return;
      silence();
      set({ status: 'paused', part });
    },
    resume() {
      if (state.status !== 'paused') return;
      set({ status: 'reading', part });
      say();
    },
    next() {
      if (state.status === 'idle' || part >= plan.length - 1) return;
      silence();
      part++;
      index = 0;
      set({ status: 'reading', part });
      say();
    },
    stop() {
      if (state.status !== 'idle') finish('stopped');
    },
  };
}

/** The part of speechSynthesis's voices the choice looks at. */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
}

/**
 * A French voice, or null: French of France first, then any French; a voice of the device before
 * a network voice, which would fall silent offline (the app works offline). Android names
 * languages `fr_FR`.
 */
export function pickFrenchVoice<V extends VoiceInfo>(voices: readonly V[]): V | null {
  const lang = (v: V) => v.lang.replace('_', '-').toLowerCase();
  const rank = (v: V) => (lang(v) === 'fr-fr' ? 0 : 2) + (v.localService ? 0 : 1);
  const french = voices.filter((v) => lang(v) === 'fr' || lang(v).startsWith('fr-'));
  return french.reduce<V | null>((best, v) => (best === null || rank(v) < rank(best) ? v : best), null);
}
