/**
 * report --validation: every share corrected, the `shares` array in its stable shape, a validation
 * section in every format, corrected viewpoint tests; the same from merged partial states.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';

const CLASSIFIED = join(FIXTURES, '..', 'golden', 'classified.jsonl');

/** Coded labels: the tool's, except that the coders find pr.strict_exit on one more post and drop a topic on another. */
function codedFile(dir: string): string {
  const lines = readFileSync(CLASSIFIED, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const coded = lines.map((r, i) => {
    const out = { id: r.id, text: r.text, relevant: r.relevant, topics: r.topics, viewpoints: r.viewpoints, polarity: r.polarity };
    if (i === 1 && r.relevant) return { ...out, topics: ['permanent_residency'], viewpoints: ['pr.strict_exit'] };
    if (i === 2 && r.relevant) return { ...out, topics: [], viewpoints: [] };
    return out;
  });
  const file = join(dir, 'coded.jsonl');
  writeFileSync(file, `${coded.map((c) => JSON.stringify(c)).join('\n')}\n`);
  return file;
}

async function report(args: string[]) {
  const io = captureIo();
  const code = await runCli(['report', ...args, '--lexicon', TINY_LEXICON], io);
  return { code, out: io.out(), err: io.err() };
}

describe('report --validation', () => {
  it('corrects every share, keeps the stable shape of `shares`, and says what it measured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-validation-'));
    const coded = codedFile(dir);
    const plain = JSON.parse((await report([CLASSIFIED, '--format', 'json'])).out);
    const { code, out, err } = await report([CLASSIFIED, '--format', 'json', '--validation', coded]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc.shares[0])).toEqual(['region', 'topic', 'viewpoint', 'raw', 'estimate', 'low', 'high', 'n', 'corrected']);
    expect(plain.shares.every((s: { corrected: boolean; estimate: number; raw: number }) => !s.corrected && s.estimate === s.raw)).toBe(true);
    expect(
      doc.shares.every((s: { corrected: boolean; low: number; high: number; estimate: number }) => s.corrected && s.low <= s.estimate && s.estimate <= s.high),
    ).toBe(true);
    expect(doc.shares.filter((s: { viewpoint: string | null }) => s.viewpoint === null)).toHaveLength(plain.regions.length * 3);
    expect(doc.validation.sample).toMatchObject({ posts: 12, weighted: false, tool_labels: 'the reported classified records' });
    expect(doc.validation.accuracy[0]).toMatchObject({ label: 'relevant', precision: 1, recall: 1 });
    const tests = new Map(doc.viewpoint_tests.map((t: { viewpoint: string; corrected: boolean }) => [t.viewpoint, t.corrected]));
    expect(tests.get('pr.plan_ahead')).toBe(true); // a viewpoint of the tiny lexicon
    expect(tests.get('pr.a_visa_tradeoffs')).toBe(false); // not in it: nothing measured, nothing corrected
    expect(plain.validation.statement).toContain('cover sampling only');
    expect(plain.validation.bundled_accuracy.statement).toContain("this report's lexicon is another");
  });

  it('puts the validation section in Markdown, CSV and HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-validation-'));
    const coded = codedFile(dir);
    const md = (await report([CLASSIFIED, '--validation', coded, '--lang', 'en'])).out;
    expect(md).toContain('## How far to trust these numbers');
    expect(md).toContain('### Shares, raw and corrected');
    const csv = (await report([CLASSIFIED, '--format', 'csv', '--validation', coded])).out;
    expect(csv).toMatch(/^share_corrected,mainland,permanent_residency,,/m);
    expect(csv).toMatch(/^validation_accuracy,,,relevant,/m);
    const html = (await report([CLASSIFIED, '--format', 'html', '--validation', coded, '--lang', 'en'])).out;
    expect(html).toContain('<section id="trust">');
    expect(html).toContain('Shares, raw and corrected');
  });

  it('merged partial states give the same corrected report as one run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-validation-'));
    const coded = codedFile(dir);
    const lines = readFileSync(CLASSIFIED, 'utf8').trim().split('\n');
    writeFileSync(join(dir, 'a.jsonl'), `${lines.slice(0, 5).join('\n')}\n`);
    writeFileSync(join(dir, 'b.jsonl'), `${lines.slice(5).join('\n')}\n`);
    for (const part of ['a', 'b'])
      expect(await runCli(['aggregate', join(dir, `${part}.jsonl`), '--lexicon', TINY_LEXICON, '-o', join(dir, `${part}.part.json`)], captureIo())).toBe(0);
    const one = JSON.parse((await report([CLASSIFIED, '--format', 'json', '--validation', coded])).out);
    const merged = JSON.parse(
      (
        await report([
          '--merge',
          join(dir, 'a.part.json'),
          join(dir, 'b.part.json'),
          '--format',
          'json',
          '--validation',
          coded,
          '--validation-pred',
          CLASSIFIED,
        ])
      ).out,
    );
    expect(merged.shares).toEqual(one.shares);
    expect(merged.viewpoint_tests).toEqual(one.viewpoint_tests);
  });

  it("a coded post the tagger's labels cannot be found for is a clear error", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-validation-'));
    writeFileSync(join(dir, 'coded.jsonl'), '{"id":"nowhere","relevant":false,"topics":[],"viewpoints":[],"polarity":"neutral"}\n');
    const { code, err } = await report([CLASSIFIED, '--validation', join(dir, 'coded.jsonl')]);
    expect(code).toBe(1);
    expect(err).toContain('error [E_VALIDATION]');
    expect(err).toContain('coded post "nowhere"');
    expect(err).toContain('--validation-pred');
  });
});
