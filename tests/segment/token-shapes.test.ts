/**
 * The token shapes one by one (segment/token-shapes.ts): each is given a start and the end of the
 * text it may read, and answers where its token ends, or −1. Expected ends are written from the
 * token policy (README, "Token policy"), counted by hand on short texts; the texts are lower case,
 * as normalisation leaves them.
 */
import { describe, expect, it } from 'vitest';
import {
  closingHash,
  currencyEnd,
  emailEnd,
  emojiEnd,
  hanWidth,
  isKeycap,
  isRunMark,
  isWordChar,
  latinEnd,
  magnitudeEnd,
  nameEnd,
  numberEnd,
  urlEnd,
} from '../../src/segment/token-shapes.js';
import { tokenRulesOf } from '../../src/segment/token-rules.js';

/** The token a shape found from the start of `text`, or null when it answered −1. */
const tokenTo = (text: string, end: number) => (end < 0 ? null : text.slice(0, end));

/** The end of the token starting at `at` (default 0), reading to the end of the text unless `to` is given. */
const url = (text: string, at = 0, to = text.length) => text.slice(at, urlEnd(text, at, to));

describe('a URL', () => {
  it('starts with https://, http:// or www. and needs something after it', () => {
    expect(url('https://a.hk/x y')).toBe('https://a.hk/x');
    expect(url('http://a.hk')).toBe('http://a.hk');
    expect(url('www.a.hk')).toBe('www.a.hk');
    expect(urlEnd('https:// x', 0, 10)).toBe(-1);
    expect(urlEnd('www.', 0, 4)).toBe(-1);
    expect(urlEnd('ftp://a.hk', 0, 10)).toBe(-1);
    expect(urlEnd('see https://a.hk', 0, 16)).toBe(-1);
    expect(url('see https://a.hk', 4)).toBe('https://a.hk');
  });

  it('stops at the first character a URL cannot hold: a space, a Chinese character, U+0080 and above, <', () => {
    expect(url('https://a.hk/路徑')).toBe('https://a.hk/');
    expect(url('https://a.hk/x\u0080y')).toBe('https://a.hk/x');
    expect(url('https://a.hk/x<y')).toBe('https://a.hk/x');
    expect(url('https://a.hk/?q=1&r=%20#top')).toBe('https://a.hk/?q=1&r=%20#top');
  });

  it('leaves trailing sentence punctuation outside, however many marks', () => {
    expect(url('https://a.hk/x.')).toBe('https://a.hk/x');
    expect(url('https://a.hk/x?!')).toBe('https://a.hk/x');
    expect(url("https://a.hk/x',")).toBe('https://a.hk/x');
    expect(url('https://a.hk/x;:"')).toBe('https://a.hk/x');
  });

  it('keeps a closing bracket that closes its own opening one, and leaves an unmatched one outside', () => {
    expect(url('https://w.org/a_(b)')).toBe('https://w.org/a_(b)');
    expect(url('https://w.org/a_(b))')).toBe('https://w.org/a_(b)');
    expect(url('https://w.org/x)')).toBe('https://w.org/x');
    expect(url('https://w.org/x).')).toBe('https://w.org/x');
    expect(url('https://w.org/x))')).toBe('https://w.org/x');
  });

  it('reads no further than it is allowed', () => {
    expect(url('https://a.hk/xyz', 0, 14)).toBe('https://a.hk/x');
    expect(urlEnd('https://a.hk', 0, 8)).toBe(-1);
  });
});

const email = (text: string, to = text.length) => tokenTo(text, emailEnd(text, 0, to));

describe('an e-mail address', () => {
  it('is a local part, @ and a domain of dotted labels whose last is two or more letters', () => {
    expect(email('a.b_c%d+e-f@mail.example.com')).toBe('a.b_c%d+e-f@mail.example.com');
    expect(email('x@a-b.hk')).toBe('x@a-b.hk');
    expect(email('x@a.hk.')).toBe('x@a.hk');
    expect(email('x@a.hk，你好')).toBe('x@a.hk');
    expect(email('x@a.hk 1')).toBe('x@a.hk');
  });

  it('is no address without a local part, without @, without a dot, or with a last label of one letter, digits or a hyphen', () => {
    expect(email('@a.hk')).toBeNull();
    expect(email('abc')).toBeNull();
    expect(email('x#a.hk')).toBeNull();
    expect(email('x@hk')).toBeNull();
    expect(email('x@a.c')).toBeNull();
    expect(email('x@a.123')).toBeNull();
    expect(email('x@a.h-k')).toBeNull();
    expect(email('x@.hk')).toBeNull();
    expect(email('陳@a.hk')).toBeNull();
  });

  it('ends at the last whole label before a bad one, and within its reach', () => {
    expect(email('x@a.hk.1')).toBe('x@a.hk');
    expect(email('x@a.hk.c')).toBe('x@a.hk');
    expect(email('x@a.hk.com', 9)).toBe('x@a.hk.co');
    expect(email('x@a.hk.com', 7)).toBe('x@a.hk');
  });
});

const number = (text: string, to = text.length) => text.slice(0, numberEnd(text, 0, to));

describe('a number', () => {
  it('takes thousands separators only between groups of three digits after one to three', () => {
    expect(number('1,234,567人')).toBe('1,234,567');
    expect(number('123,456')).toBe('123,456');
    expect(number('1234,567')).toBe('1234');
    expect(number('1,2345')).toBe('1');
    expect(number('1,23')).toBe('1');
    expect(number('12,34')).toBe('12');
    expect(number('1,234,5678')).toBe('1,234');
  });

  it('takes a decimal part only with a digit after the point, and a percent sign', () => {
    expect(number('3.5%')).toBe('3.5%');
    expect(number('3.25個')).toBe('3.25');
    expect(number('3.')).toBe('3');
    expect(number('3.x')).toBe('3');
    expect(number('1,234.5%')).toBe('1,234.5%');
    expect(number('50%')).toBe('50%');
  });

  it('reads no further than it is allowed', () => {
    expect(number('3.5', 2)).toBe('3');
    expect(number('3.5', 1)).toBe('3');
    expect(number('5%', 1)).toBe('5');
    expect(number('1,234', 4)).toBe('1');
    expect(number('12345', 3)).toBe('123');
  });
});

describe('an amount', () => {
  const rules = tokenRulesOf(['hk$', 'hkd', '$'], ['萬', '億', 'k', 'w']);
  const amount = (text: string, to = text.length) => tokenTo(text, currencyEnd(text, 0, to, rules));
  it('is a currency marker, at most one space, and a number, with a magnitude word after it', () => {
    expect(amount('hkd 50,000月薪')).toBe('hkd 50,000');
    expect(amount('hk$50,000')).toBe('hk$50,000');
    expect(amount('$5萬')).toBe('$5萬');
    expect(amount('hkd 1.5億元')).toBe('hkd 1.5億');
  });

  it('is none without a number right after the marker', () => {
    expect(amount('hkd  50')).toBeNull();
    expect(amount('hkd x')).toBeNull();
    expect(amount('hkd')).toBeNull();
    expect(amount('hkd 5', 4)).toBeNull();
    expect(amount('港元50')).toBeNull();
  });

  it('takes a Latin magnitude word only when it ends the word (50k, not 50km)', () => {
    const magnitude = (text: string, at: number, to = text.length) => magnitudeEnd(text, at, to, rules);
    expect(magnitude('50k', 2)).toBe(3);
    expect(magnitude('50k ', 2)).toBe(3);
    expect(magnitude('50km', 2)).toBe(-1);
    expect(magnitude('50萬人', 2)).toBe(3);
    expect(magnitude('50', 2)).toBe(-1);
    expect(magnitude('50萬', 2, 2)).toBe(-1);
    expect(magnitude('50km', 2, 3)).toBe(3);
  });
});

const latin = (text: string, to = text.length) => text.slice(0, latinEnd(text, 0, to));

describe('a run of letters', () => {
  it("is joined inside by ' ’ - and . between letters or digits", () => {
    expect(latin("can't stop")).toBe("can't");
    expect(latin('rock’n’roll')).toBe('rock’n’roll');
    expect(latin('covid-19疫苗')).toBe('covid-19');
    expect(latin('a.b.c.d')).toBe('a.b.c.d');
    expect(latin('a- b')).toBe('a');
    expect(latin("rock'")).toBe('rock');
    expect(latin('x.')).toBe('x');
  });

  it('keeps the final dot of an abbreviation whose every part is one or two letters', () => {
    expect(latin('ph.d.學位')).toBe('ph.d.');
    expect(latin('e.g. x')).toBe('e.g.');
    expect(latin('u.s.a.')).toBe('u.s.a.');
    expect(latin('abc.de.')).toBe('abc.de');
    expect(latin('v1.2.')).toBe('v1.2');
    expect(latin('ok.')).toBe('ok');
  });

  it('reads no further than it is allowed', () => {
    expect(latin('x.y', 2)).toBe('x');
    expect(latin('ph.d.', 4)).toBe('ph.d');
    expect(latin('abc', 2)).toBe('ab');
  });
});

describe('an emoji', () => {
  const emoji = (text: string, to = text.length) => tokenTo(text, emojiEnd(text, 0, to));
  it('is one pictograph with its skin tone, variation selector and joined pictographs; a flag; a keycap', () => {
    expect(emoji('👍🏽好')).toBe('👍🏽');
    expect(emoji('👨‍👩‍👧x')).toBe('👨‍👩‍👧');
    expect(emoji('❤️❤️')).toBe('❤️');
    expect(emoji('🇭🇰🇨🇳')).toBe('🇭🇰');
    expect(emoji('1️⃣2')).toBe('1️⃣');
    expect(emoji('好')).toBeNull();
  });

  it('reads no further than it is allowed', () => {
    expect(emojiEnd('👍🏽', 0, 2)).toBe(2);
  });
});

describe('the closing # of a #…# hashtag', () => {
  const close = (text: string, to = text.length) => closingHash(text, 0, to);
  it('is the next # on the same line, with content that neither starts nor ends with a space', () => {
    expect(close('#高才通#好')).toBe(4);
    expect(close('#高才 通#')).toBe(5);
    expect(close('## x')).toBe(-1);
    expect(close('# 高才#')).toBe(-1);
    expect(close('#高才 #')).toBe(-1);
    expect(close('#高才\n通#')).toBe(-1);
    expect(close('#高才\r通#')).toBe(-1);
    expect(close('#高才')).toBe(-1);
  });

  it('is within 64 code units of the opening one, and within reach', () => {
    expect(close(`#${'字'.repeat(63)}#`)).toBe(64);
    expect(close(`#${'字'.repeat(64)}#`)).toBe(-1);
    expect(close('#高才#', 3)).toBe(-1);
    expect(close('#高才#', 4)).toBe(3);
  });
});

describe('a name after @ or #', () => {
  const name = (text: string, hyphen: boolean, to = text.length) => text.slice(0, nameEnd(text, 0, to, hyphen));
  it('holds letters of any script, Han (the extensions too), digits and _, and a hyphen only in account names and not first', () => {
    expect(name('小明_ab-c 好', true)).toBe('小明_ab-c');
    expect(name('小明_ab-c 好', false)).toBe('小明_ab');
    expect(name('-ab', true)).toBe('');
    expect(name('𠝹記，', false)).toBe('𠝹記');
    expect(name('ab！', false)).toBe('ab');
    expect(name('abc', false, 2)).toBe('ab');
  });
});

describe('character tests of the shapes', () => {
  it('count a Han character of the extensions as two code units, other characters as none', () => {
    expect(hanWidth('字', 0)).toBe(1);
    expect(hanWidth('𠝹', 0)).toBe(2);
    expect(hanWidth('😀', 0)).toBe(0);
    expect(hanWidth('a', 0)).toBe(0);
  });

  it('take letters and digits as word characters, not Han or punctuation', () => {
    expect(['a', 'Z', '0', '9', 'é', '字', '，', ' ', '_'].map((c) => isWordChar(c, 0))).toEqual([true, true, true, true, true, false, false, false, false]);
  });

  it('know the run marks (ellipsis, dashes, box line, dot, hyphen) and the keycap marks', () => {
    expect([0x2026, 0x22ef, 0x2013, 0x2014, 0x2015, 0x2500, 0x2e, 0x2d].every(isRunMark)).toBe(true);
    expect([0x2012, 0x2016, 0x2501, 0x2c, 0x2025].some(isRunMark)).toBe(false);
    expect([0xfe0f, 0x20e3].every(isKeycap)).toBe(true);
    expect([0xfe0e, 0x20e2, 0x23].some(isKeycap)).toBe(false);
  });
});
