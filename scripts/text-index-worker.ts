// Writes the full-text index in a thread of its own, while the compiler's main thread finds each
// fiche's neighbours: the two read every word of every fiche, and a machine has several cores.
// Started before the fiches are compiled, it waits for their text (scripts/catalog.ts).
import { parentPort } from 'node:worker_threads';
import { writeTextIndex } from '../src/search/text-index-writer';
import type { TextSource } from '../src/search/text-source';

/** A TextSource whose texts come as UTF-8 bytes. */
export type TextMessage = Omit<TextSource, 'texts'> & { bytes: Uint8Array };

parentPort!.once('message', ({ bytes, ...source }: TextMessage) =>
  parentPort!.postMessage(writeTextIndex({ ...source, texts: new TextDecoder().decode(bytes) })),
);
