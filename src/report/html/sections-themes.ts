/**
 * The optional section "Other themes" (`yuqing report --themes THEMES.json`): the largest themes
 * `yuqing discover` found among relevant posts with no viewpoint, region by region, each with its
 * share of the region's posts in scope (Wilson interval), its distinctive terms and one example
 * with the terms marked. Everything from the file is escaped.
 */
import { convertScript } from '../../text/convert.js';
import type { OtherThemes, ThemesFile } from '../themes.js';
import { section, shareCell, table, type Section } from './blocks.js';
import { escapeHtml as e } from './escape.js';
import type { Wording } from './wording.js';

/** Themes listed per region, and the longest example excerpt (code units). */
const THEMES_PER_REGION = 5;
const EXCERPT = 90;

type Theme = ThemesFile['themes'][number];
type Example = Theme['examples'][number];

function excerpt(x: Example): string {
  const span = x.spans[0] ?? { start: 0, end: x.text.length };
  const end = Math.min(span.end, span.start + EXCERPT);
  let at = span.start;
  let out = '';
  for (const h of x.highlights.filter((h) => h.start >= at && h.end <= end)) {
    out += `${e(x.text.slice(at, h.start))}<mark>${e(x.text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  out += e(x.text.slice(at, end));
  return `${out.replace(/\s+/g, ' ').trim()}${end < span.end ? '…' : ''}`;
}

function regionTable(file: ThemesFile, region: string, w: Wording, words: OtherThemes['strings']['en']): string {
  const script = (text: string) => (w.lang === 'zh-Hans' ? convertScript(text, 'hans') : text);
  const ranked = file.themes
    .filter((t) => (t.regions[region]?.count ?? 0) > 0)
    .sort((a, b) => b.regions[region]!.count - a.regions[region]!.count || a.rank - b.rank)
    .slice(0, THEMES_PER_REGION);
  const heading = `<h3>${e(w.fill(words.region_heading, { region: w.region(region), n: file.regions[region] ?? 0 }))}</h3>`;
  if (ranked.length === 0) return `${heading}\n<p class="no-data">${e(words.none)}</p>`;
  const rows = ranked.map((t) => {
    const example = t.examples.find((x) => x.region === region) ?? t.examples[0];
    return [
      String(t.rank),
      e(script(t.written.slice(0, 6).join(' · '))),
      String(t.regions[region]!.count),
      shareCell(t.regions[region]!),
      example === undefined ? '—' : `${excerpt(example)} <span class="n">${e(example.id)}</span>`,
    ];
  });
  const head = [words.col_theme, words.col_terms, words.col_posts, words.col_share, words.col_example].map(e);
  return `${heading}\n${table(head, rows)}`;
}

/** The section, or nothing when the report was not given a themes file. */
export function otherThemesSection(other: OtherThemes | undefined, w: Wording): Section[] {
  if (other === undefined) return [];
  const strings = w.lang === 'en' ? other.strings.en : other.strings['zh-Hant'];
  const words = w.lang === 'zh-Hans' ? (Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, convertScript(v, 'hans')])) as typeof strings) : strings;
  const f = other.themes;
  const vars = { method: f.fit.method.toUpperCase(), k: f.fit.k, seed: f.seed, file: other.file, sha256: f.input.sha256 };
  const notes = [`<p class="note">${e(w.fill(words.note, vars))}</p>`];
  if (f.scope.kind !== 'unlabelled') notes.push(`<p class="note">${e(w.fill(words.other_scope, { scope: f.scope.description }))}</p>`);
  const regions = Object.keys(f.regions).sort();
  return [section('other-themes', words.title, [...notes, ...regions.map((r) => regionTable(f, r, w, words))].join('\n'))];
}
