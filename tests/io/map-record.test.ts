/**
 * A raw record → a post or a reject (io.md "Input"): the text field, else title + "\n" + content;
 * ids kept as given or made from file name and line; mapped columns renamed; labels of io.md
 * fields made text; every reject names file, line and field.
 */
import { describe, expect, it } from 'vitest';
import { isReject, mapRecord, rejectDiagnostic, type FieldMap } from '../../src/io/read/map-record.js';

const at = { file: 'dump/posts.jsonl', name: 'posts.jsonl', line: 7 };
const map = (raw: Record<string, unknown>, fields: FieldMap = {}) => mapRecord(raw, at, fields);

describe('mapping a record', () => {
  it('keeps the id and text as given, and every other field', () => {
    expect(map({ id: 'a1', text: '高才通', extra: { x: 1 } })).toEqual({ id: 'a1', text: '高才通', extra: { x: 1 } });
  });

  it('gives a record without an id, or with an empty one, its file name and line as id; a number id becomes text', () => {
    expect(map({ text: 'x' })).toMatchObject({ id: 'posts.jsonl:7' });
    expect(map({ id: '', text: 'x' })).toMatchObject({ id: 'posts.jsonl:7' });
    expect(map({ id: 42, text: 'x' })).toMatchObject({ id: '42' });
    expect(map({ id: null, text: 'x' })).toMatchObject({ id: 'posts.jsonl:7' });
  });

  it('takes title, a line break and content when there is no text field, content alone without a title', () => {
    expect(map({ title: '標題', content: '內容' })).toMatchObject({ text: '標題\n內容' });
    expect(map({ content: '內容' })).toMatchObject({ text: '內容' });
    expect(map({ title: '', content: '內容' })).toMatchObject({ text: '內容' });
    expect(map({ text: null, title: 'T', content: 'C' })).toMatchObject({ text: 'T\nC' });
    expect(map({ 標題: 'T', 正文: 'C' }, { title: '標題', content: '正文' })).toMatchObject({ text: 'T\nC' });
  });

  it('makes a number text into text', () => {
    expect(map({ text: 2025 })).toMatchObject({ text: '2025' });
  });

  it.each([
    ['no text field', { id: 'b', body: 'x' }, {}, 'missing_text', 'dump/posts.jsonl line 7: the record has no "text" field'],
    ['a title alone', { id: 'b', title: 'only a title' }, {}, 'missing_text', 'no "text" field'],
    ['blank text', { id: 'b', text: '  \n ' }, {}, 'empty_text', 'field "text" is empty'],
    ['empty content', { id: 'b', content: '' }, {}, 'empty_text', 'field "content" is empty'],
    ['an object as text', { id: 'b', text: { html: '<p>' } }, {}, 'bad_text', 'expected field "text" to be text, got an object'],
    ['a boolean in the mapped text field', { id: 'b', 內容: true }, { text: '內容' }, 'bad_text', 'expected field "內容" to be text, got boolean'],
  ] as const)('rejects %s with a reason naming file, line and field', (_what, raw, fields, code, reason) => {
    const r = map(raw, fields);
    expect(isReject(r)).toBe(true);
    expect(r).toMatchObject({ file: 'dump/posts.jsonl', line: 7, id: 'b', code });
    expect((r as { reason: string }).reason).toContain(reason);
  });

  it('renames mapped columns to io.md fields, as text', () => {
    const post = map(
      { 編號: 9, 內容: '高才通', 來源: '連登', 地區: 'hk', 日期: 20250307, 類型: 'comment' },
      { id: '編號', text: '內容', platform: '來源', region: '地區', date: '日期', kind: '類型' },
    );
    expect(isReject(post)).toBe(false);
    expect(post).toMatchObject({ id: '9', text: '高才通', platform: '連登', region: 'hk', published_at: '20250307', kind: 'comment' });
  });

  it('rejects a record whose io.md field is an object, naming the field, and keeps a number as text', () => {
    const r = map({ text: 'x', platform: { name: 'weibo' }, region: 3, published_at: null, kind: 'post' }, { platform: 'platform' });
    expect(isReject(r)).toBe(true);
    expect((r as { reason: string }).reason).toContain('expected field "platform" to be text, got an object');
    expect(map({ text: 'x', region: 3, kind: 'post' })).toEqual({ id: 'posts.jsonl:7', text: 'x', region: '3', kind: 'post' });
  });

  it('a post is never taken for a reject, even one with code and reason fields', () => {
    expect(isReject(map({ text: 'x', code: 'c', reason: 'r' }))).toBe(false);
  });
});

describe('a reject as a Diagnostic', () => {
  it('is a warning at the record’s file and line, its reason the sentence', () => {
    const reject = map({ id: 'x' });
    if (!isReject(reject)) throw new Error('expected a reject');
    expect(rejectDiagnostic(reject)).toEqual({
      code: 'missing_text',
      severity: 'warning',
      message: reject.reason,
      place: { file: 'dump/posts.jsonl', line: 7 },
    });
  });
});
