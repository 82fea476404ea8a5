import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { agreement } from '../../src/workbench/agree.js';
import type { CodedPost } from '../../src/workbench/coded.js';
import { captureIo } from '../helpers.js';
import { LABELS } from './fixtures.js';

const post = (id: string, relevant: boolean, topics: string[] = [], viewpoints: string[] = [], polarity: string | null = null): CodedPost => ({
  id,
  region: 'hk',
  platform: null,
  text: null,
  relevant,
  topics,
  viewpoints,
  polarity,
});

describe('agreement between coders, field by field', () => {
  const a = {
    source: 'a',
    uncoded: 0,
    posts: [post('1', true, ['renewal'], [], 'negative'), post('2', true, ['renewal'], [], 'positive'), post('3', false), post('4', true, [], [], 'neutral')],
  };
  const b = {
    source: 'b',
    uncoded: 0,
    posts: [
      post('1', true, ['renewal'], [], 'negative'),
      post('2', true, [], [], 'positive'),
      post('3', true, ['schooling']),
      post('4', true, [], [], 'neutral'),
    ],
  };

  it('relevance is over every post; polarity and each label over posts every coder marks relevant', () => {
    const r = agreement([a, b], LABELS);
    expect(r.fields.relevant).toMatchObject({ n: 4, agreement: 0.75 });
    expect(r.fields.polarity).toMatchObject({ n: 3, agreement: 1, kappa: 1 });
    expect(r.fields.renewal).toMatchObject({ n: 3 });
    expect(r.fields.renewal!.agreement).toBeCloseTo(2 / 3, 12);
    expect(Object.keys(r.fields)).toEqual(['relevant', 'polarity', 'renewal', 'schooling', 'ren.hard', 'ren.plan', 'sch.springboard']);
    expect(r.disagreements).toEqual([
      { field: 'relevant', id: '3', values: { a: 'no', b: 'yes' } },
      { field: 'renewal', id: '2', values: { a: 'yes', b: 'no' } },
    ]);
  });

  it('the tool is compared with each coder on the posts both have', () => {
    const tool = new Map([
      ['1', { region: 'hk', relevant: true, topics: ['renewal'], viewpoints: [], polarity: 'negative' }],
      ['3', { region: 'hk', relevant: false, topics: [], viewpoints: [], polarity: 'neutral' }],
    ]);
    const r = agreement([a, b], LABELS, tool);
    expect(r.tool.a!.relevant).toMatchObject({ n: 2, agreement: 1 });
    expect(r.tool.b!.relevant).toMatchObject({ n: 2, agreement: 0.5 });
  });
});

describe('yuqing agree', () => {
  it('reads a CSV sheet and labelled JSON Lines, and writes JSON keyed by field and label ID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-agree-'));
    writeFileSync(
      join(dir, 'a.csv'),
      'id,text,relevant,topics,viewpoints,polarity\nx1,高才通續簽好難,是,續簽及申請香港永久居留權,pr.strict_exit,負面\nx2,今日天氣好,否,,,\n',
    );
    writeFileSync(
      join(dir, 'b.jsonl'),
      '{"id":"x1","relevant":true,"topics":["permanent_residency"],"viewpoints":[],"polarity":"negative"}\n{"id":"x2","relevant":false,"topics":[],"viewpoints":[],"polarity":"neutral"}\n',
    );
    const io = captureIo();
    const code = await runCli(['agree', join(dir, 'a.csv'), join(dir, 'b.jsonl'), '--format', 'json', '--no-model'], io);
    expect(io.err()).toMatch(/^tagging: lexicon alone — /);
    expect(io.err()).not.toMatch(/error|warning/);
    expect(code).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.agreement.relevant).toEqual({ alpha: 1, kappa: 1, agreement: 1, n: 2 });
    expect(doc.agreement.permanent_residency).toMatchObject({ n: 1, agreement: 1 });
    expect(doc.agreement['pr.strict_exit']).toMatchObject({ n: 1, agreement: 0 });
    expect(doc.tool.source).toBe('classified now (lexicon alone)');
    expect(Object.keys(doc.tool.against)).toEqual([join(dir, 'a.csv'), join(dir, 'b.jsonl')]);
  });

  it('a bad cell is an error naming file, row and column, with exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-agree-'));
    writeFileSync(join(dir, 'a.csv'), 'id,relevant,topics,viewpoints\nx1,是,永居,\n');
    const io = captureIo();
    expect(await runCli(['agree', join(dir, 'a.csv'), join(dir, 'a.csv')], io)).toBe(1);
    expect(io.err()).toContain(`error [E_CODED_SHEET]: ${join(dir, 'a.csv')} row 2 column C (topics): "永居" is not a topic ID or name`);
  });
});
