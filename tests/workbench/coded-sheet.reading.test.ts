import { describe, expect, it } from 'vitest';
import { isYuqingError } from '../../src/errors.js';
import { parseCodedLines } from '../../src/workbench/coded-lines.js';
import { columnLetter, parseCodedRows } from '../../src/workbench/coded-rows.js';
import { LABELS, VOCAB } from './fixtures.js';

const HEADER = ['id', 'platform 平台', 'region 地區', 'text 帖文', 'relevant 相關', 'topics 議題', 'viewpoints 觀點', 'polarity 情感傾向', 'note 備註'];
const place = { file: 'coded.xlsx', sheet: 'coding' };
const read = (...rows: (string | null)[][]) => parseCodedRows([HEADER, ...rows], place, LABELS, VOCAB);

function errorOf(f: () => unknown): { code: string; message: string; context: unknown } {
  try {
    f();
  } catch (error) {
    if (isYuqingError(error)) return { code: error.code, message: error.message, context: error.context };
    throw error;
  }
  throw new Error('expected an error');
}

describe('coded sheets are read as people fill them in', () => {
  it('takes IDs or Chinese names in either script, separated by commas, 、 or line breaks', () => {
    const set = read(
      ['p1', 'weibo', 'mainland', '…', '是', 'renewal', 'ren.plan\nsch.springboard', '負面', ''],
      ['p2', 'lihkg', 'hk', '…', 'Yes', '续签, 子女教育', '建議提前規劃、升學跳板', 'Neutral', ''],
      ['p3', 'lihkg', 'hk', '…', 'no', '', '', '', 'not about the schemes'],
    );
    expect(set.posts.map((p) => [p.id, p.relevant, p.topics, p.viewpoints, p.polarity])).toEqual([
      ['p1', true, ['renewal', 'schooling'], ['ren.plan', 'sch.springboard'], 'negative'],
      ['p2', true, ['renewal', 'schooling'], ['ren.plan', 'sch.springboard'], 'neutral'],
      ['p3', false, [], [], null],
    ]);
  });

  it('reads a name holding a full-width comma whole, beside other names', () => {
    const set = read(['p1', '', 'hk', '', 'y', '', '擔憂續簽難，要證明「實際貢獻」，建議提前規劃', '', '']);
    expect(set.posts[0]!.viewpoints).toEqual(['ren.hard', 'ren.plan']);
  });

  it('a viewpoint brings its topic; blank rows are skipped and rows with no answer are counted as not coded', () => {
    const set = read(['p1', '', '', '', '是', '', 'sch.springboard', '', ''], [null, null], ['p2', 'x', 'hk', 'text', '', '', '', '', '']);
    expect(set.posts[0]!.topics).toEqual(['schooling']);
    expect(set.uncoded).toBe(1);
  });

  it('an unknown label names sheet, row and column and lists what is accepted', () => {
    const e = errorOf(() => read(['p1', '', '', '', '是', '永居', '', '', '']));
    expect(e.code).toBe('E_CODED_SHEET');
    expect(e.message).toContain('coded.xlsx sheet "coding" row 2 column F (topics): "永居" is not a topic ID or name');
    expect(e.context).toMatchObject({ file: 'coded.xlsx', line: 2, column: 6, field: 'topics' });
  });

  it('a bad relevance answer, labels on a not-relevant post, two polarities and repeated ids are errors at their cells', () => {
    expect(errorOf(() => read(['p1', '', '', '', 'maybe', '', '', '', ''])).message).toContain('row 2 column E (relevant): "maybe" is not an answer');
    expect(errorOf(() => read(['p1', '', '', '', '', 'renewal', '', '', ''])).message).toContain('column E (relevant): blank');
    expect(errorOf(() => read(['p1', '', '', '', '否', 'renewal', '', '', ''])).message).toContain('row 2 column F (topics): the post is marked not relevant');
    expect(errorOf(() => read(['p1', '', '', '', '是', '', '', '正面, 負面', ''])).message).toContain('column H (polarity): one polarity per post');
    expect(errorOf(() => read(['p1', '', '', '', '是', '', '', '', ''], ['p1', '', '', '', '否', '', '', '', ''])).message).toContain(
      'row 3 column A (id): post "p1" is coded twice (first on row 2)',
    );
  });

  it('a sheet without the answer columns says which are missing', () => {
    const e = errorOf(() =>
      parseCodedRows(
        [
          ['id', 'relevant'],
          ['p1', 'y'],
        ],
        { file: 'c.csv', sheet: null },
        LABELS,
        VOCAB,
      ),
    );
    expect(e.message).toContain('c.csv row 1: the header row has no column "topics 議題", "viewpoints 觀點"');
  });

  it('column letters go past Z', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('labelled JSON Lines are coded posts too', () => {
  it('reads the corpus form and checks each label against the study', () => {
    const set = parseCodedLines(
      '{"id":"a","region":"hk","relevant":true,"topics":[],"viewpoints":["ren.hard"],"polarity":"negative"}\n\n',
      'gold.jsonl',
      LABELS,
    );
    expect(set.posts[0]).toMatchObject({ id: 'a', region: 'hk', topics: ['renewal'], viewpoints: ['ren.hard'] });
    expect(errorOf(() => parseCodedLines('{"id":"a","relevant":true,"topics":["x"],"viewpoints":[]}', 'g.jsonl', LABELS)).message).toContain(
      'g.jsonl line 1: field "topics": "x" is not a label of this study',
    );
  });
});
