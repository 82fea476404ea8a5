/**
 * `yuqing discover` over a classified file, in two streaming passes: the first counts the posts in
 * scope and keeps the fit sample (bounded), the second assigns every post in scope to a theme and
 * tallies it. Memory stays flat whatever the file's size: the tally grows with themes and
 * vocabulary, and each theme's post ids go to a temporary file (one per theme), streamed into the
 * JSON at the end and deleted.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { z } from 'zod';
import { assignPost, type Assignment } from '../discover/assign.js';
import { discoveryOf, fitSample, type DiscoverOptions, type Discovery } from '../discover/discovery.js';
import type { JsonPiece } from '../discover/render-json.js';
import { bottomSample, sampleKey, type BottomSample } from '../discover/sample.js';
import { inScope } from '../discover/scope.js';
import { emptyTally, tallyPost } from '../discover/tally.js';
import type { DiscoveryTokeniser } from '../discover/tokens.js';
import { classifiedSchema } from '../records.js';
import { readValidatedLines } from '../io/read/read-classified.js';

const discoverableSchema = classifiedSchema.extend({ text: z.string({ error: 'expected the post text: classify without --slim' }) });
const WHAT = 'classified record with its text (yuqing classify output, not --slim)';

function records(file: string) {
  return readValidatedLines(file, discoverableSchema, 'E_CLASSIFIED_PARSE', WHAT);
}

/** One temporary file of post ids per theme (and one for posts with no theme). */
interface Spill {
  write(theme: number, id: string, spans: Assignment['spans'] | null): Promise<void>;
  close(): Promise<void>;
  lines(theme: number): AsyncIterable<string>;
  remove(): void;
}

function openSpill(themes: number): Spill {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-discover-'));
  const path = (t: number) => join(dir, `theme-${t}.jsonl`);
  const streams = new Map<number, WriteStream>();
  for (let t = -1; t < themes; t++) streams.set(t, createWriteStream(path(t)));
  return {
    async write(theme, id, spans) {
      const stream = streams.get(theme)!;
      if (!stream.write(`${JSON.stringify(spans === null ? [id] : [id, spans.map((s) => [s.start, s.end])])}\n`)) await once(stream, 'drain');
    },
    async close() {
      for (const s of streams.values()) {
        s.end();
        await once(s, 'finish');
      }
    },
    lines: (theme) => createInterface({ input: createReadStream(path(theme)), crlfDelay: Infinity }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface DiscoverRun {
  readonly discovery: Discovery;
  readonly read: number;
  /** Writes the JSON pieces, filling each gap with its list from the temporary files. */
  writeJson(pieces: readonly JsonPiece[], out: Writable): Promise<void>;
  /** Writes one gap's list (a theme's posts or evidence) as a JSON array. */
  writeList(piece: Extract<JsonPiece, { list: string }>, out: Writable): Promise<void>;
  /** Deletes the temporary files (always call it). */
  dispose(): void;
}

/** Tagged posts kept per known viewpoint (seeded draw) for its fixed theme. */
export const KNOWN_SAMPLE = 300;

export async function discoverFile(file: string, tokenise: DiscoveryTokeniser, o: DiscoverOptions): Promise<DiscoverRun> {
  const sample = bottomSample<string>(o.sampleSize);
  const known = new Map<string, BottomSample<string>>();
  let read = 0;
  for await (const { record } of records(file)) {
    read++;
    const key = sampleKey(o.seed, record.id);
    if (inScope(o.scope, record)) sample.offer(key, record.text);
    if (!o.guided || !record.relevant) continue;
    for (const v of record.viewpoints) {
      if (!known.has(v)) known.set(v, bottomSample(KNOWN_SAMPLE));
      known.get(v)!.offer(key, record.text);
    }
  }
  const knownPosts = [...known.keys()].sort().map((label) => ({ label, posts: known.get(label)!.items().map(tokenise) }));
  const fitted = fitSample(sample.items().map(tokenise), o, knownPosts);
  const tally = emptyTally(fitted.fit);
  const spill = openSpill(fitted.fit.model.k);
  try {
    for await (const { record } of records(file)) {
      if (!inScope(o.scope, record)) continue;
      const words = tokenise(record.text);
      const assignment = assignPost(fitted.fit, words);
      tallyPost(tally, fitted.fit, record, sampleKey(o.seed, record.id), words, assignment);
      await spill.write(assignment.theme, record.id, words.units.length > 1 ? assignment.spans : null);
    }
    await spill.close();
  } catch (error) {
    spill.remove();
    throw error;
  }
  return {
    discovery: discoveryOf(fitted, tally, o, tokenise),
    read,
    writeJson: (pieces, out) => writePieces(pieces, out, [(piece, to) => writeList(piece, to, spill)]),
    writeList: (piece, out) => writeList(piece, out, spill),
    dispose: spill.remove,
  };
}

async function put(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

type ListWriter = (piece: Extract<JsonPiece, { list: string }>, out: Writable) => Promise<void>;

/** Writes JSON pieces, filling each gap from the list writer of its run (one per pooled fit). */
export async function writePieces(pieces: readonly JsonPiece[], out: Writable, runs: readonly ListWriter[]): Promise<void> {
  for (const piece of pieces) {
    if ('text' in piece) await put(out, piece.text);
    else await runs[piece.run]!(piece, out);
  }
}

async function writeList(piece: Extract<JsonPiece, { list: string }>, out: Writable, spill: Spill): Promise<void> {
  let first = true;
  await put(out, '[');
  for await (const line of spill.lines(piece.theme)) {
    const [id, spans] = JSON.parse(line) as [string, [number, number][] | undefined];
    if (piece.list === 'evidence' && spans === undefined) continue;
    const item = piece.list === 'posts' ? JSON.stringify(id) : JSON.stringify({ id, spans: spans!.map(([start, end]) => ({ start, end })) });
    await put(out, `${first ? '' : ', '}${item}`);
    first = false;
  }
  await put(out, ']');
}
