import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/text/script.js';
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
