// A speechSynthesis that says nothing, for the tests of « Écouter la fiche »: its voices arrive
// late (as in Chrome, after `voiceschanged`), it records every utterance it is given, and the
// test ends the one being said when it wishes.
import type { Page } from '@playwright/test';

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

interface FakeSpeech {
  spoken: Spoken[];
  cancels: number;
  voicesLoaded: boolean;
  speaking: boolean;
  end(): void;
}

declare global {
  interface Window {
    fakeSpeech: FakeSpeech;
  }
}

/** Installs the fake before the page's scripts, with voices of these languages. */
export async function fakeSpeech(page: Page, langs: string[]) {
  await page.addInitScript((langs) => {
    class FakeUtterance extends EventTarget {
      voice: SpeechSynthesisVoice | null = null;
      lang = '';
      rate = 1;
      pitch = 1;
      volume = 1;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(public text = '') {
        super();
      }
    }
    const voices = langs.map((lang) => ({
      lang,
      name: `Voix ${lang}`,
      voiceURI: `Voix ${lang}`,
      localService: true,
      default: false,
    }));
    let current: FakeUtterance | null = null;
    const fake: FakeSpeech = {
      spoken: [],
      cancels: 0,
      voicesLoaded: false,
      get speaking() {
        return current !== null;
      },
      end() {
        const done = current;
        current = null;
        done?.onend?.(new Event('end'));
      },
    };
    const synth = Object.assign(new EventTarget(), {
      pending: false,
      paused: false,
      get speaking() {
        return current !== null;
      },
      getVoices: () => (fake.voicesLoaded ? voices : []),
      speak(utterance: FakeUtterance) {
        fake.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
        });
        current = utterance;
      },
      cancel() {
        fake.cancels++;
        const interrupted = current;
        current = null;
        interrupted?.onerror?.(Object.assign(new Event('error'), { error: 'interrupted' }));
      },
      pause() {
        synth.paused = true;
      },
      resume() {
        synth.paused = false;
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    window.fakeSpeech = fake;
    // The voices load after the page, as in Chrome.
    setTimeout(() => {
      fake.voicesLoaded = true;
      synth.dispatchEvent(new Event('voiceschanged'));
    }, 300);
  }, langs);
}

export const spoken = (page: Page) => page.evaluate(() => window.fakeSpeech.spoken);

/** Ends the utterance being said (the next one starts, as when a voice finishes a sentence). */
export const endUtterance = (page: Page) => page.evaluate(() => window.fakeSpeech.end());
