/**
 * `--unlabelled-within TOPIC` (relevant posts with no viewpoint on one topic) and `--by-topic` (one
 * fit per topic of the lexicon, the themes pooled largest first, each naming its topic).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { inScope, topicScopes } from '../../src/discover/scope.js';
import { captureIo } from '../helpers.js';
import { sentence, type Group } from './fixtures.js';

const PR = 'permanent_residency';
const ID = 'identity_acquisition';

interface PooledJson {
  scope: { kind: string; of: string };
  themes: { rank: number; topic: string; size: number; posts: string[] }[];
  known: { topic: string; posts: string[] }[];
  topics: { topic: string; counts: { inScope: number }; unassigned: { posts: string[] } }[];
}

function post(id: string, group: Group, n: number, topics: string[], viewpoints: string[] = [], relevant = true) {
  return { id, text: sentence(group, n), region: n % 2 === 0 ? 'hk' : 'mainland', relevant, topics, viewpoints, polarity: 'neutral', evidence: [] };
}

/** Flats and renewal papers on permanent residency, school places and flats on identity acquisition, and posts out of every topic's scope. */
function writeTopicFixture(): { file: string; topicOf: Map<string, string[]> } {
  const lines = [
    ...Array.from({ length: 10 }, (_, n) => post(`flats-${n}`, 'flats', n, [PR])),
    ...Array.from({ length: 10 }, (_, n) => post(`papers-${n}`, 'papers', n, [PR])),
    ...Array.from({ length: 10 }, (_, n) => post(`schools-${n}`, 'schools', n, [ID])),
    ...Array.from({ length: 10 }, (_, n) => post(`flats-id-${n}`, 'flats', n + 10, [ID])),
    post('both-1', 'schools', 3, [ID, PR]),
    post('no-topic-1', 'flats', 4, []),
    post('labelled-1', 'schools', 5, [ID], ['id.education_springboard']),
    post('off-1', 'papers', 6, [PR], [], false),
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'yuqing-by-topic-test-')), 'classified.jsonl');
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const unlabelled = lines.filter((l) => l.relevant && l.viewpoints.length === 0);
  return { file, topicOf: new Map(unlabelled.map((l) => [l.id, l.topics])) };
}

async function discover(file: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(['discover', file, ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('discover: the unlabelled posts of one topic', () => {
  it('takes relevant posts with no viewpoint that carry the topic, and no other', () => {
    const scope = { kind: 'unlabelled-within', topic: 'a' } as const;
    expect(inScope(scope, { relevant: true, topics: ['b', 'a'], viewpoints: [] })).toBe(true);
    expect(inScope(scope, { relevant: true, topics: ['a'], viewpoints: ['a.x'] })).toBe(false);
    expect(inScope(scope, { relevant: true, topics: ['b'], viewpoints: [] })).toBe(false);
    expect(inScope(scope, { relevant: true, topics: [], viewpoints: [] })).toBe(false);
    expect(inScope(scope, { relevant: false, topics: ['a'], viewpoints: [] })).toBe(false);
  });

  it('--by-topic splits the unlabelled scope into one per topic of the lexicon, in its order', () => {
    expect(topicScopes({ kind: 'unlabelled' }, ['b', 'a'])).toEqual([
      { topic: 'b', scope: { kind: 'unlabelled-within', topic: 'b' } },
      { topic: 'a', scope: { kind: 'unlabelled-within', topic: 'a' } },
    ]);
    expect(topicScopes({ kind: 'all-relevant' }, ['a'])).toEqual([{ topic: 'a', scope: { kind: 'within', topic: 'a' } }]);
  });

  it('--unlabelled-within groups only the unlabelled posts carrying that topic', async () => {
    const { file, topicOf } = writeTopicFixture();
    const { code, out } = await discover(file, '--unlabelled-within', PR, '--k', '2', '--seed', '3', '--format', 'json');
    expect(code).toBe(0);
    const d = JSON.parse(out) as {
      scope: { kind: string; topic: string };
      counts: { inScope: number };
      themes: { posts: string[] }[];
      known: { posts: string[] }[];
      unassigned: { posts: string[] };
    };
    expect(d.scope).toMatchObject({ kind: 'unlabelled-within', topic: PR });
    const listed = [...d.themes, ...d.known, d.unassigned].flatMap((t) => t.posts).sort();
    const expected = [...topicOf]
      .filter(([, topics]) => topics.includes(PR))
      .map(([id]) => id)
      .sort();
    expect(listed).toEqual(expected);
    expect(d.counts.inScope).toBe(21);
  });
});

describe('discover --by-topic', () => {
  const fixture = writeTopicFixture();

  it("pools every topic's themes largest first, each naming its topic and holding only posts on it", async () => {
    const { code, out, err } = await discover(fixture.file, '--by-topic', '--k', '2', '--seed', '1', '--format', 'json');
    expect(code).toBe(0);
    const d = JSON.parse(out) as PooledJson;
    expect(d.scope).toMatchObject({ kind: 'by-topic', of: 'unlabelled' });
    expect(d.themes.map((t) => t.rank)).toEqual(d.themes.map((_, i) => i + 1));
    expect(d.themes.map((t) => t.size)).toEqual([...d.themes.map((t) => t.size)].sort((a, b) => b - a));
    expect(new Set([...d.themes, ...d.known].map((t) => t.topic))).toEqual(new Set([PR, ID]));
    for (const t of [...d.themes, ...d.known]) for (const id of t.posts) expect(fixture.topicOf.get(id)).toContain(t.topic);
    // Each topic's fit lists each of its unlabelled posts once; a post with no topic is in none.
    for (const topic of [PR, ID]) {
      const listed = [...d.themes, ...d.known].filter((t) => t.topic === topic).flatMap((t) => t.posts);
      listed.push(...d.topics.find((t) => t.topic === topic)!.unassigned.posts);
      const expected = [...fixture.topicOf].filter(([, topics]) => topics.includes(topic)).map(([id]) => id);
      expect(listed.sort()).toEqual(expected.sort());
    }
    expect(d.topics.map((t) => t.topic)).toContain('scheme_optimisation');
    expect(d.topics.find((t) => t.topic === 'scheme_optimisation')!.counts.inScope).toBe(0);
    expect(out).not.toContain('no-topic-1');
    expect(err).toMatch(/by topic: identity_acquisition 21 = /);
  });

  it('gives byte-identical output for the same input and seed, in json and text', async () => {
    for (const format of ['json', 'text']) {
      const a = await discover(fixture.file, '--by-topic', '--k', '2', '--seed', '5', '--format', format);
      const b = await discover(fixture.file, '--by-topic', '--k', '2', '--seed', '5', '--format', format);
      expect(a.code).toBe(0);
      expect(b.out).toBe(a.out);
    }
    const text = (await discover(fixture.file, '--by-topic', '--k', '2', '--seed', '5')).out;
    expect(text).toMatch(/── Theme 1 \(topic (permanent_residency|identity_acquisition), its theme 1\)/);
  });

  it('rejects a bad topic, a topic with --by-topic and html with E_OPTION naming the option', async () => {
    const bad = await discover(fixture.file, '--unlabelled-within', 'no_such_topic');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/E_OPTION.*--unlabelled-within no_such_topic: not a topic of the lexicon; expected one of .*permanent_residency/);
    const both = await discover(fixture.file, '--by-topic', '--within', PR);
    expect(both.err).toMatch(/E_OPTION.*--by-topic/);
    const two = await discover(fixture.file, '--unlabelled-within', PR, '--unlabelled');
    expect(two.err).toMatch(/E_OPTION.*--unlabelled-within/);
    const html = await discover(fixture.file, '--by-topic', '--format', 'html');
    expect(html.err).toMatch(/E_OPTION.*--by-topic writes text or json/);
  });
});
