// Writes the full-text index in a thread of its own, while the compiler's main thread finds each
// fiche's neighbours: the two read every word of every fiche, and a machine has several cores.
import { parentPort, workerData } from 'node:worker_threads';
import type { Fiche } from '../src/catalog/schema';
import { writeTextIndex } from '../src/search/text-index-writer';

parentPort!.postMessage(writeTextIndex(workerData as Fiche[]));
