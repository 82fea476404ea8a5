import { describe, expect, it } from 'vitest';
import { charactersThatChange, countScriptCharacters, detectScript } from '../../src/text/script.js';
import { parseDictionary } from '../../src/text/opencc.js';
import { convertScript } from '../../src/text/convert.js';

describe('detectScript', () => {
  it.each([
    ['高才通續簽難唔難', 'hant'],
    ['高才通续签难不难', 'hans'],
    ['續簽真係好難，续签太难了吧', 'mixed'],
    ['香港人才', 'none'],
    ['TTPS 2025', 'none'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe('the mixed rule', () => {
  it('calls a text mixed only when the minority script is more than a tenth of the majority', () => {
    expect(detectScript(`${'續'.repeat(10)}续`)).toBe('hant');
    expect(detectScript(`${'續'.repeat(9)}续`)).toBe('mixed');
    expect(detectScript(`${'续'.repeat(10)}續`)).toBe('hans');
    expect(detectScript(`${'续'.repeat(9)}續`)).toBe('mixed');
    expect(detectScript('續续')).toBe('mixed');
  });

  it('counts every occurrence of the characters only one script uses, and nothing else', () => {
    expect(countScriptCharacters('續續签 香港 abc 😭')).toEqual({ traditional: 2, simplified: 1 });
  });
});

describe('the characters only one script uses', () => {
  it('leave out those a conversion table maps to themselves', () => {
    // 𠌥 and 𠏢 are sources of the Traditional-to-Simplified table whose target is themselves.
    expect(countScriptCharacters('𠌥𠏢')).toEqual({ traditional: 0, simplified: 0 });
    expect(detectScript('𠌥𠏢')).toBe('none');
  });
});

describe('opencc dictionaries', () => {
  it('parse source and targets of each entry, skipping entries without a source or a target', () => {
    const table = parseDictionary('后 後 后|发 發 髮|| x|孤|干 幹');
    expect([...table]).toEqual([
      ['后', ['後', '后']],
      ['发', ['發', '髮']],
      ['干', ['幹']],
    ]);
  });
});

describe('convertScript', () => {
  it('converts Simplified to Hong Kong and Taiwan Traditional', () => {
    expect(convertScript('续签和转永居', 'hk')).toBe('續簽和轉永居');
    expect(convertScript('续签和转永居', 'tw')).toBe('續簽和轉永居');
    expect(convertScript('续签和转永居', 'hant')).toBe('續簽和轉永居');
  });
  it('converts Traditional to Simplified', () => {
    expect(convertScript('續簽和轉永居', 'hans')).toBe('续签和转永居');
  });
});

describe('the distinctive characters of a script', () => {
  it('are the sources no conversion keeps: a source listed among its own targets is shared by both scripts', () => {
    // OpenCC's layout: "source target …" entries joined by "|".
    expect([...charactersThatChange('後 后|后 后 後|髮 发|發 发')].sort()).toEqual(['後', '發', '髮'].sort());
    expect(charactersThatChange('')).toEqual(new Set());
  });
});
