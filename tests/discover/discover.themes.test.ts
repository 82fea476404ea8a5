import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { normaliseTerm } from '../../src/text/normalise.js';
import { captureIo } from '../helpers.js';
import { GROUPS, sentence, writeFixture, type Group } from './fixtures.js';

interface ThemeJson {
  rank: number;
  size: number;
  terms: string[];
  posts: string[];
  evidence: { id: string; spans: { start: number; end: number }[] }[];
  examples: { id: string; text: string; highlights: { start: number; end: number }[] }[];
  snippet: string;
}
interface KnownJson {
  viewpoint: string;
  size: number;
  posts: string[];
}
interface DiscoveryJson {
  themes: ThemeJson[];
  known: KnownJson[];
  unassigned: { size: number; posts: string[] };
  counts: { read: number; inScope: number; assigned: number; known: number; unassigned: number };
  fit: { k: number; known: string[] };
}

async function discover(file: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(['discover', file, ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('yuqing discover', () => {
  const fixture = writeFixture();

  it('finds the three themes written with disjoint words, each theme one group, largest first', async () => {
    const { code, out } = await discover(fixture.file, '--k', '3', '--format', 'json');
    expect(code).toBe(0);
    const d = JSON.parse(out) as DiscoveryJson;
    expect(d.themes).toHaveLength(3);
    for (const t of d.themes) {
      const groups = new Set(t.posts.map((id) => fixture.groups.get(id)));
      expect(groups.size).toBe(1);
      expect(t.size).toBe(t.posts.length);
      const group = [...groups][0] as Group;
      expect(t.terms.length).toBeGreaterThan(0);
      // Its distinctive terms (normalised: Simplified) hold its group's words and no other group's.
      const own = GROUPS[group].map(normaliseTerm);
      const others = (Object.keys(GROUPS) as Group[]).filter((g) => g !== group).flatMap((g) => GROUPS[g].map(normaliseTerm));
      expect(t.terms.some((term) => own.some((w) => term.includes(w)))).toBe(true);
      expect(t.terms.filter((term) => others.some((w) => term.includes(w)))).toEqual([]);
    }
    expect(d.themes.map((t) => t.size)).toEqual([...d.themes.map((t) => t.size)].sort((a, b) => b - a));
  });

  it('accounts for every post in scope exactly once and leaves out the rest', async () => {
    const d = JSON.parse((await discover(fixture.file, '--k', '3', '--format', 'json')).out) as DiscoveryJson;
    const listed = [...d.themes.flatMap((t) => t.posts), ...d.known.flatMap((t) => t.posts), ...d.unassigned.posts];
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(new Set(fixture.groups.keys()));
    expect(d.counts.read).toBe(fixture.groups.size + 2);
    expect(d.counts.inScope).toBe(d.counts.assigned + d.counts.known + d.counts.unassigned);
    expect(d.counts.known).toBe(d.known.reduce((s, t) => s + t.size, 0));
  });

  it('gives byte-identical output for the same input and seed', async () => {
    for (const format of ['json', 'text', 'html']) {
      const a = await discover(fixture.file, '--auto', '--seed', '7', '--format', format);
      const b = await discover(fixture.file, '--auto', '--seed', '7', '--format', format);
      expect(a.code).toBe(0);
      expect(a.out).toBe(b.out);
    }
  });

  it('--all-relevant takes posts with a viewpoint too; --within a topic only the posts on it', async () => {
    const all = JSON.parse((await discover(fixture.file, '--all-relevant', '--k', '3', '--format', 'json')).out) as DiscoveryJson;
    expect(all.counts.inScope).toBe(fixture.groups.size + 1);
    const within = JSON.parse((await discover(fixture.file, '--within', 'identity_acquisition', '--k', '2', '--format', 'json')).out) as DiscoveryJson;
    expect(within.counts.inScope).toBe(1);
  });

  it('guided: posts that read like a viewpoint the lexicon tags lean to it, and the free themes form on the rest', async () => {
    // Eight schools posts are tagged id.education_springboard: its fixed theme takes untagged
    // schools posts, and the free themes hold one group each.
    const tagged = Array.from({ length: 8 }, (_, n) => ({
      id: `tagged-${n}`,
      text: sentence('schools', n + 30),
      region: 'hk',
      relevant: true,
      topics: ['identity_acquisition'],
      viewpoints: ['id.education_springboard'],
      polarity: 'neutral',
      evidence: [],
    }));
    const f = writeFixture(tagged);
    const d = JSON.parse((await discover(f.file, '--k', '3', '--format', 'json')).out) as DiscoveryJson;
    expect(d.fit).toMatchObject({ k: 3, known: ['id.education_springboard'] });
    expect(d.known.map((t) => t.viewpoint)).toEqual(['id.education_springboard']);
    expect(new Set(d.known[0]!.posts.map((id) => f.groups.get(id)))).toEqual(new Set(['schools']));
    expect(d.known[0]!.size).toBeGreaterThanOrEqual(6);
    for (const t of d.themes) expect(new Set(t.posts.map((id) => f.groups.get(id))).size).toBe(1);
    const listed = [...d.themes.flatMap((t) => t.posts), ...d.known.flatMap((t) => t.posts), ...d.unassigned.posts];
    expect(listed.sort()).toEqual([...f.groups.keys()].sort());
    // --unguided: plain NMF, no fixed theme, nothing leans to a known viewpoint.
    const plain = JSON.parse((await discover(f.file, '--k', '3', '--unguided', '--format', 'json')).out) as DiscoveryJson;
    expect(plain.fit.known).toEqual([]);
    expect(plain.known).toEqual([]);
    expect(plain.counts.known).toBe(0);
  });

  it('refuses contradictory or unknown choices with a sentence, not a stack trace', async () => {
    const both = await discover(fixture.file, '--k', '3', '--auto');
    expect(both.code).toBe(1);
    expect(both.err).toMatch(/error \[E_OPTION\]: --k and --auto/);
    const topic = await discover(fixture.file, '--within', 'no_such_topic');
    expect(topic.err).toMatch(/not a topic of the lexicon; expected one of/);
    const slim = writeFixture([{ id: 'slim-1', region: 'hk', relevant: true, topics: [], viewpoints: [], polarity: 'neutral', evidence: [] }]);
    const missing = await discover(slim.file, '--k', '2');
    expect(missing.err).toMatch(/line \d+: field "text".*classify without --slim/);
  });

  it('cuts a long post into paragraphs and points at the one that carries its theme', async () => {
    const flats = Array.from({ length: 9 }, (_, n) => sentence('flats', n)).join('');
    const schools = Array.from({ length: 3 }, (_, n) => sentence('schools', n + 20)).join('');
    const text = `${flats}\n${schools}`;
    const long = writeFixture([{ id: 'long-1', text, region: 'hk', relevant: true, topics: [], viewpoints: [], polarity: 'neutral', evidence: [] }]);
    const d = JSON.parse((await discover(long.file, '--k', '3', '--unguided', '--format', 'json')).out) as DiscoveryJson;
    const theme = d.themes.find((t) => t.posts.includes('long-1'))!;
    expect(theme.posts.filter((id) => long.groups.get(id) === 'flats').length).toBeGreaterThan(6);
    const evidence = theme.evidence.find((x) => x.id === 'long-1')!;
    const carried = evidence.spans.map((s) => text.slice(s.start, s.end)).join('');
    expect(carried).toContain(sentence('flats', 0));
    expect(carried).not.toContain(sentence('schools', 20));
  });

  it('escapes post text in the HTML page and marks the terms', async () => {
    const hostile = `${sentence('papers', 1)}<script>alert(1)</script><img src=x onerror=alert(2)>`;
    const f = writeFixture([{ id: 'x"><b>', text: hostile, region: 'hk', relevant: true, topics: [], viewpoints: [], polarity: 'neutral', evidence: [] }], 4);
    const html = (await discover(f.file, '--k', '3', '--format', 'html')).out;
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const marked = (await discover(fixture.file, '--k', '3', '--format', 'html')).out;
    expect(marked).toMatch(/<mark>[^<]+<\/mark>/);
  });

  it('writes a YAML snippet per theme that parses, with the distinctive terms as cues', async () => {
    const { parse } = await import('yaml');
    const d = JSON.parse((await discover(fixture.file, '--k', '3', '--format', 'json')).out) as DiscoveryJson;
    for (const t of d.themes) {
      const entry = Object.values(parse(t.snippet) as Record<string, { cues: string[]; examples: { match: string[] } }>)[0]!;
      expect(entry.cues.length).toBe(t.terms.length);
      expect(entry.examples.match.length).toBeGreaterThan(0);
    }
  });

  it('writes -o atomically and names what ran', async () => {
    const out = join(fixture.file, '..', 'themes.json');
    expect((await discover(fixture.file, '--k', '3', '--format', 'json', '-o', out)).code).toBe(0);
    const d = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(d).toMatchObject({ format: 'yuqing-themes/1', tool: { name: 'yuqing' }, lexicon: { id: 'hk-talent' }, seed: 0, scope: { kind: 'unlabelled' } });
  });

  it('refuses -o naming its input or a folder before reading, and leaves the input as it was', async () => {
    const before = readFileSync(fixture.file, 'utf8');
    for (const out of [fixture.file, join(fixture.file, '..')]) {
      const r = await discover(fixture.file, '--k', '3', '-o', out);
      expect(r.code).toBe(1);
      expect(r.err).toContain('E_OUTPUT');
    }
    expect(readFileSync(fixture.file, 'utf8')).toBe(before);
  });
});
