// The reader's order, pause, resume, next part and stop, with a fake voice; and the voice chosen.
import { describe, expect, it } from 'vitest';
import type { ReadingPart } from './read-aloud';
import {
  createReader,
  pickFrenchVoice,
  type ReaderState,
  type Speech,
  type Utterance,
} from './speech-reader';

interface FakeUtterance extends Utterance {
  text: string;
}

/** A voice that says nothing: it records what it was given, and the test ends each utterance. */
function fakeSpeech() {
  const spoken: string[] = [];
  let speaking: FakeUtterance | null = null;
  const speech: Speech<FakeUtterance> = {
    utter: (text) => ({ text, onend: null, onerror: null }),
    speak(utterance) {
      spoken.push(utterance.text);
      speaking = utterance;
    },
    // As Chrome does: the interrupted utterance gets its error event, here at once.
    cancel() {
      const interrupted = speaking;
      speaking = null;
      interrupted?.onerror?.({ error: 'interrupted' } as never);
    },
  };
  const end = () => {
    const done = speaking;
    speaking = null;
    done?.onend?.(undefined as never);
  };
  const fail = () => speaking?.onerror?.({ error: 'synthesis-failed' } as never);
  return { speech, spoken, end, fail };
}

const PLAN: ReadingPart[] = [
  { line: 3, title: 'Un', utterances: ['Titre', 'Un', 'a1', 'a2'] },
  { line: 8, title: 'Deux', utterances: ['Deux', 'b1'] },
  { line: 12, title: 'Trois', utterances: ['Trois', 'c1'] },
];

function setUp(plan = PLAN) {
  const fake = fakeSpeech();
  const states: ReaderState[] = [];
  const reader = createReader(plan, fake.speech, (s) => states.push(s));
  return { ...fake, states, reader };
}

describe('a reader', () => {
  it('says every utterance in order, part after part, then says it has finished', () => {
    const { reader, spoken, end, states } = setUp();
    reader.start();
    for (let i = 0; i < 8; i++) end();
    expect(spoken).toEqual(PLAN.flatMap((p) => p.utterances));
    expect(states).toEqual([
      { status: 'reading', part: 0 },
      { status: 'reading', part: 1 },
      { status: 'reading', part: 2 },
      { status: 'idle', ended: 'finished' },
    ]);
    end();
    expect(spoken).toHaveLength(8);
  });

  it('pauses, then says the interrupted utterance again from its start', () => {
    const { reader, spoken, end, states } = setUp();
    reader.start();
    end();
    end();
    reader.pause();
    expect(reader.state).toEqual({ status: 'paused', part: 0 });
    end(); // nothing is being said: nothing follows
    expect(spoken).toEqual(['Titre', 'Un', 'a1']);
    reader.resume();
    expect(spoken).toEqual(['Titre', 'Un', 'a1', 'a1']);
    end();
    expect(spoken.at(-1)).toBe('a2');
    expect(states.map((s) => s.status)).toEqual(['reading', 'paused', 'reading']);
  });

  it('goes to the next part from where it is, while reading or paused, never past the last', () => {
    const { reader, spoken, end } = setUp();
    reader.start();
    reader.next();
    expect(reader.state).toEqual({ status: 'reading', part: 1 });
    expect(spoken).toEqual(['Titre', 'Deux']);
    end();
    reader.pause();
    reader.next();
    expect(reader.state).toEqual({ status: 'reading', part: 2 });
    reader.next();
    expect(reader.state).toEqual({ status: 'reading', part: 2 });
    expect(spoken).toEqual(['Titre', 'Deux', 'b1', 'Trois']);
  });

  it('stops: nothing more is said, and it starts again from the beginning', () => {
    const { reader, spoken, end } = setUp();
    reader.start();
    end();
    reader.stop();
    expect(reader.state).toEqual({ status: 'idle', ended: 'stopped' });
    end();
    expect(spoken).toEqual(['Titre', 'Un']);
    reader.start();
    expect(reader.state).toEqual({ status: 'reading', part: 0 });
    expect(spoken.at(-1)).toBe('Titre');
  });

  it('stops and says so when the voice fails', () => {
    const { reader, fail } = setUp();
    reader.start();
    fail();
    expect(reader.state).toEqual({ status: 'idle', ended: 'failed' });
  });

  it('ignores what has no meaning in its state, and an empty plan', () => {
    const { reader, spoken, states } = setUp();
    reader.pause();
    reader.resume();
    reader.next();
    reader.stop();
    expect(states).toEqual([]);
    const empty = setUp([]);
    empty.reader.start();
    expect(empty.states).toEqual([]);
    expect(spoken).toEqual([]);
  });
});

describe('the voice chosen', () => {
  const voice = (lang: string, localService = true) => ({
    lang,
    localService,
    name: `${lang} ${localService}`,
  });

  it('is French of France, from the device rather than the network, else any French', () => {
    expect(pickFrenchVoice([voice('en-US'), voice('fr-CA'), voice('fr-FR', false), voice('fr-FR')])).toEqual(
      voice('fr-FR'),
    );
    expect(pickFrenchVoice([voice('fr-FR', false), voice('fr-CA')])).toEqual(voice('fr-FR', false));
    expect(pickFrenchVoice([voice('en-GB'), voice('fr-BE')])).toEqual(voice('fr-BE'));
    expect(pickFrenchVoice([voice('fr_FR')])).toEqual(voice('fr_FR'));
    expect(pickFrenchVoice([voice('fr')])).toEqual(voice('fr'));
  });

  it('is none without a French voice', () => {
    expect(pickFrenchVoice([])).toBeNull();
    expect(pickFrenchVoice([voice('en-US'), voice('fry'), voice('de-FR')])).toBeNull();
  });
});
