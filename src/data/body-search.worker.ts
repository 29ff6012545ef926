// Builds the index of the whole text of the fiches in the background, and answers queries on it.
import { ChunkSchema } from '../catalog/schema';
import { bodyText, createBodyIndex, type BodyDoc } from '../search/body-index';
import type { BodySearchReply, BodySearchRequest } from './body-search';

const index = createBodyIndex();
let ready: Promise<void> | null = null;
/** Queries asked for and not answered yet: a cancelled one is dropped, unanswered. */
const pending = new Set<number>();

async function build(chunkUrls: string[], keys: string[]): Promise<void> {
  const position = new Map(keys.map((key, i) => [key, i]));
  for (const url of chunkUrls) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const { records } = ChunkSchema.parse(await response.json());
    const docs: BodyDoc[] = [];
    for (const record of records) {
      const at = position.get(`${record.kind}/${record.id}`);
      if (at !== undefined) docs.push({ index: at, body: bodyText(record) });
    }
    index.addAll(docs);
  }
}

function reply(message: BodySearchReply) {
  postMessage(message);
}

onmessage = async (event: MessageEvent<BodySearchRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    ready ??= build(request.chunkUrls, request.keys);
    try {
      await ready;
    } catch (e) {
      reply({ type: 'error', message: String(e) });
    }
    return;
  }
  if (request.type === 'cancel') {
    pending.delete(request.id);
    return;
  }
  pending.add(request.id);
  try {
    await ready;
  } catch {
    return; // Said once, by the answer to 'init'.
  }
  // A query cancelled while the index was being built is dropped, but answered: the app sends
  // the next one only then.
  if (!pending.delete(request.id)) return reply({ type: 'result', id: request.id, matches: null });
  const matches = index.search(request.query).map((r) => [r.id as number, r.score] as [number, number]);
  reply({ type: 'result', id: request.id, matches });
};
