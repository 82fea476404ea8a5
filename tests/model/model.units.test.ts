import { describe, expect, it } from 'vitest';
import { scoringUnits, trimmed } from '../../src/model/units.js';

const texts = (text: string) => scoringUnits(text).map((u) => text.slice(u.start, u.end));

describe('scoring units are the sentences of a text', () => {
  it('split at 。！？!?；; … and line breaks, keeping the end mark with its sentence', () => {
    expect(texts('高才通續簽要準備好。租金又加咗！而家點算好呢？')).toEqual(['高才通續簽要準備好。', '租金又加咗！', '而家點算好呢？']);
    expect(texts('第一行講天氣\n第二行講高才通續簽')).toEqual(['第一行講天氣', '第二行講高才通續簽']);
  });

  it('join a sentence shorter than six code units to the next, and a short last one to the one before', () => {
    expect(texts('真的？高才通續簽要提早準備。')).toEqual(['真的？高才通續簽要提早準備。']);
    expect(texts('高才通續簽要提早準備。好。')).toEqual(['高才通續簽要提早準備。好。']);
  });

  it('leave blank edges out of each span, and give no unit for blank text', () => {
    expect(texts('  高才通續簽要準備。\n\n  租金又再加價了！  ')).toEqual(['高才通續簽要準備。', '租金又再加價了！']);
    expect(scoringUnits(' \n ')).toEqual([]);
    expect(trimmed('  ab ', 0, 5)).toEqual({ start: 2, end: 4 });
  });

  it('a text of one sentence is one unit', () => {
    expect(scoringUnits('高才通續簽好難')).toEqual([{ start: 0, end: 7 }]);
  });
});
