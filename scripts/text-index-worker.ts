// Writes the full-text index in a thread of its own, while the compiler's main thread finds each
// fiche's neighbours: the two read every word of every fiche, and a machine has several cores.
// Started before the fiches are compiled, it waits for their text (scripts/catalog.ts).
import { parentPort } from 'node:worker_threads';
import { writeTextIndex } from '../src/search/text-index-writer';
import type { TextSource } from '../src/search/text-source';

parentPort!.once('message', (source: TextSource) => parentPort!.postMessage(writeTextIndex(source)));
