/** The token policy of the README ("Token policy"), one named test per rule. */
import { describe, expect, it } from 'vitest';
import { segmenterOf, writeSegmenterDictionary } from '../../src/io/bundled/segmenter-dictionary.js';
import { originalTokens, segmentNormalised, type Token } from '../../src/segment/segmentation.js';
import { TOKEN_KINDS } from '../../src/segment/tokens.js';
import { normaliseText } from '../../src/text/normalise.js';

const segmenter = segmenterOf(writeSegmenterDictionary([]));

function tokensOf(text: string): Token[] {
  const normalised = normaliseText(text);
  return originalTokens(normalised, segmentNormalised(segmenter, normalised.text));
}
const words = (text: string) => tokensOf(text).map((t) => t.text);
const kinds = (text: string) => tokensOf(text).map((t) => `${t.text}/${t.kind}`);

describe('token policy', () => {
  it("cuts the issue's example as people read it", () => {
    expect(words('我2025年拿到HKD 50,000月薪，iPhone 16好用 https://www.example.com #高才 @小明')).toEqual([
      '我',
      '2025',
      '年',
      '拿到',
      'HKD 50,000',
      '月薪',
      '，',
      'iPhone',
      '16',
      '好',
      '用',
      'https://www.example.com',
      '#高才',
      '@小明',
    ]);
  });

  it('keeps a run of letters whole, joined inside by apostrophes, hyphens and dots; an abbreviation keeps its final dot', () => {
    expect(kinds("Ph.D.學位 can't covid-19 H-1B e.g. ok.")).toEqual([
      'Ph.D./letters',
      '學位/word',
      "can't/letters",
      'covid-19/letters',
      'H-1B/letters',
      'e.g./letters',
      'ok/letters',
      './symbol',
    ]);
    expect(words('iPhone16 5G網絡 Привет안녕')).toEqual(['iPhone16', '5G', '網絡', 'Привет안녕']);
  });

  it('keeps a number whole with thousands separators, a decimal part and a percent sign', () => {
    expect(kinds('1,234,567人 3.5% 12,34')).toEqual(['1,234,567/number', '人/word', '3.5%/number', '12/number', ',/symbol', '34/number']);
  });

  it('reads an amount: a currency marker, at most one space and a number; or a number and a magnitude word', () => {
    expect(kinds('HKD 50,000 HK$50,000 $5,000 5萬 1.5億 50k 30w')).toEqual([
      'HKD 50,000/amount',
      'HK$50,000/amount',
      '$5,000/amount',
      '5萬/amount',
      '1.5億/amount',
      '50k/amount',
      '30w/amount',
    ]);
    expect(words('5km HKD  50')).toEqual(['5km', 'HKD', '50']);
  });

  it('keeps URLs and e-mail addresses whole, trailing punctuation left out', () => {
    expect(kinds('見https://www.immd.gov.hk/hkt/a?b=1&c=2。電郵info@yuqing.hk，(www.example.com)')).toEqual([
      '見/word',
      'https://www.immd.gov.hk/hkt/a?b=1&c=2/url',
      '。/symbol',
      '電郵/word',
      'info@yuqing.hk/email',
      '，/symbol',
      '(/symbol',
      'www.example.com/url',
      ')/symbol',
    ]);
  });

  it('an @mention and a hashtag, #…# or #name, are one token each', () => {
    expect(kinds('@港漂阿May:你好 #高才通續簽#好難 #香港 ＃優才＃')).toEqual([
      '@港漂阿May/mention',
      ':/symbol',
      '你好/word',
      '#高才通續簽#/hashtag',
      '好/word',
      '難/word',
      '#香港/hashtag',
      '＃優才＃/hashtag',
    ]);
    expect(words('# 香港 ##')).toEqual(['#', '香港', '#', '#']);
  });

  it('an emoji with its skin tone, a ZWJ sequence, a flag and a keycap are one token each', () => {
    expect(words('👍🏽👍👨‍👩‍👧‍👦🇭🇰🇨🇳❤️1️⃣😭😭')).toEqual(['👍🏽', '👍', '👨‍👩‍👧‍👦', '🇭🇰', '🇨🇳', '❤️', '1️⃣', '😭', '😭']);
  });

  it('cuts Chinese with the dictionary, and with the HMM what the dictionary leaves single', () => {
    expect(words('李飛飛在香港科技大學讀書')).toEqual(['李飛飛', '在', '香港科技大學', '讀書']);
    expect(words('𠝹開')).toEqual(['𠝹', '開']);
  });

  it('a run of an ellipsis or dash mark is one token; other punctuation one character each', () => {
    expect(words('好……真係——好！！')).toEqual(['好', '……', '真', '係', '——', '好', '！', '！']);
  });

  it('gives offsets into the original text, in its own script, for every kind of token', () => {
    const original = '香港ＴＴＰＳ續簽😭好難 HK$5萬 @小明 #高才通# https://t.co/x Ｐｈ．Ｄ．';
    const tokens = tokensOf(original);
    for (const t of tokens) expect(original.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['香港', 'ＴＴＰＳ', '續簽', '😭', '好', '難', 'HK$5萬', '@小明', '#高才通#', 'https://t.co/x', 'Ｐｈ．Ｄ．']);
  });
});

describe('token policy: the kind of each token, where the text alone would not tell', () => {
  it('a keycap is an emoji, not a number or letters; # and * keycaps too', () => {
    expect(kinds('1️⃣ #️⃣ *️⃣')).toEqual(['1️⃣/emoji', '#️⃣/emoji', '*️⃣/emoji']);
    expect(kinds('1⃣')).toEqual(['1⃣/emoji']);
  });

  it('an astral symbol that is no emoji and no Han is one symbol of two code units; a lone surrogate one of one', () => {
    expect(kinds('a𝄞b')).toEqual(['a/letters', '𝄞/symbol', 'b/letters']);
    expect(tokensOf('𝄞').map((t) => [t.start, t.end])).toEqual([[0, 2]]);
    expect(tokensOf('x\ud834').map((t) => [t.text, t.kind])).toEqual([
      ['x', 'letters'],
      ['\ud834', 'symbol'],
    ]);
    expect(tokensOf('\ud834x').map((t) => [t.text, t.kind])).toEqual([
      ['\ud834', 'symbol'],
      ['x', 'letters'],
    ]);
  });

  it('an amount may start with a symbol ($) or a letter (hkd), and a bare marker is a symbol or letters', () => {
    expect(kinds('$5,000 HKD 5 $ x HKD')).toEqual(['$5,000/amount', 'HKD 5/amount', '$/symbol', 'x/letters', 'HKD/letters']);
  });

  it('digits run on into letters only when the number is plain digits: 5g is letters, 3.5g a number and letters', () => {
    expect(kinds('5g 3.5g 1,000g 50%x')).toEqual(['5g/letters', '3.5/number', 'g/letters', '1,000/number', 'g/letters', '50%/number', 'x/letters']);
    expect(kinds('12')).toEqual(['12/number']);
  });

  it('a URL and an e-mail address are told from letters that merely start like them', () => {
    expect(kinds('www.hk httpx://a info@a.hk info@')).toEqual([
      'www.hk/url',
      'httpx/letters',
      ':/symbol',
      '//symbol',
      '//symbol',
      'a/letters',
      'info@a.hk/email',
      'info/letters',
      '@/symbol',
    ]);
  });

  it('an @ is a mention only with a name right after it', () => {
    expect(kinds('@ x @_a-b @')).toEqual(['@/symbol', 'x/letters', '@_a-b/mention', '@/symbol']);
  });

  it('a hashtag of the # name form ends with its name; a lone # is a symbol; # before a space is not one', () => {
    expect(kinds('#高才_2025 #a # x')).toEqual(['#高才_2025/hashtag', '#a/hashtag', '#/symbol', 'x/letters']);
  });

  it('a run mark is one token only while the same mark repeats; different marks are separate', () => {
    expect(words('...--—–…⋯')).toEqual(['...', '--', '—', '–', '…', '⋯']);
    expect(words('a....')).toEqual(['a', '....']);
    expect(words('！！')).toEqual(['！', '！']);
  });
});

describe('token boundaries inside a hashtag', () => {
  it('the words of a #…# hashtag and its closing # are inner boundaries; a # name hashtag has no closing one', () => {
    const cut = (text: string) => segmentNormalised(segmenter, normaliseText(text).text);
    const pair = cut('#香港人才#好');
    expect(pair.kinds.map((k) => TOKEN_KINDS[k])).toEqual(['hashtag', 'word']);
    expect(pair.starts).toEqual([0, 6]);
    expect(pair.inner).toEqual([1, 3, 5]);
    const name = cut('#香港人才 好');
    expect(name.starts).toEqual([0, 5, 6]);
    expect(name.inner).toEqual([1, 3]);
  });
});
