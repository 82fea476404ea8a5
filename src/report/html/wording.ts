/**
 * The report's words in one language: UI strings from lexicons/report/ui.yaml (Traditional
 * Chinese and English; Simplified is converted from Traditional), the names of topics, viewpoints
 * and regions from the study's taxonomy (in all three), and key terms shown in the report's script.
 */
import { z } from 'zod';
import { convertScript } from '../../text/convert.js';
import type { Taxonomy } from '../../study/taxonomy.js';
import { POLARITIES } from '../../taxonomy.js';

export const REPORT_LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

const s = z.string();
const uiTextSchema = z.strictObject({
  title: s,
  lead: s,
  subtitle: s,
  figure: s,
  table: s,
  interval_note: s,
  no_data: s,
  contents: s,
  findings_title: s,
  findings_relevant: s,
  findings_region: s,
  findings_topic_item: s,
  findings_diff_some: s,
  findings_diff_none: s,
  findings_diff_item: s,
  findings_diff_denominator: s,
  findings_coverage: s,
  findings_multilabel: s,
  findings_none: s,
  findings_unknown_hidden: s,
  sources_title: s,
  sources_note: s,
  sources_platform: s,
  sources_kind: s,
  sources_kind_relevant: s,
  sources_platform_relevant: s,
  sources_platform_topic: s,
  sources_kind_relevant_of: s,
  sources_kind_topic: s,
  fig1_title: s,
  fig1_note: s,
  fig1_volume_axis: s,
  fig1_share_axis: s,
  fig1_raw_note: s,
  fig1_table_note: s,
  col_topic: s,
  col_region: s,
  col_volume: s,
  col_raw_volume: s,
  col_share_relevant: s,
  col_share_sample: s,
  vp_title: s,
  vp_note: s,
  vp_axis: s,
  vp_sig_note: s,
  vp_table_note: s,
  col_viewpoint: s,
  col_q: s,
  sig_yes: s,
  cmp_title: s,
  cmp_note: s,
  cmp_denominators: s,
  row_volume: s,
  row_raw_volume: s,
  row_relevant: s,
  row_kinds: s,
  row_topics: s,
  row_focus: s,
  row_polarity: s,
  time_title: s,
  time_note: s,
  time_axis_volume: s,
  time_window: s,
  col_month: s,
  time_all: s,
  time_table_note: s,
  time_windows_note: s,
  time_none: s,
  undated_missing: s,
  undated_unreadable: s,
  undated_outside: s,
  key_title: s,
  key_note: s,
  key_axis: s,
  key_topic: s,
  col_term: s,
  col_g2: s,
  col_log_ratio: s,
  col_count: s,
  key_none: s,
  col_used_more_in: s,
  col_other_count: s,
  ex_title: s,
  ex_note: s,
  ex_link: s,
  ex_none: s,
  ex_textless: s,
  ex_agree: s,
  cov_title: s,
  cov_note: s,
  cov_no_topic: s,
  cov_no_viewpoint: s,
  cov_axis: s,
  man_title: s,
  man_tool: s,
  man_lexicon: s,
  man_input: s,
  man_options: s,
  man_counts: s,
  man_counts_line: s,
  man_design: s,
  man_flow: s,
  man_tagger: s,
  tagger_lexicon: s,
  tagger_hybrid: s,
  tagger_unknown: s,
  method_tagger_lexicon: s,
  method_tagger_hybrid: s,
  method_tagger_unknown: s,
  method_examples_hybrid: s,
  method_examples_lexicon: s,
  method_examples_unknown: s,
  design_all: s,
  design_sample: s,
  design_period: s,
  design_windows: s,
  design_dedup_none: s,
  design_dedup_exact: s,
  place_in_study: s,
  place_outside_windows: s,
  place_not_sampled: s,
  place_outside_period: s,
  place_undated: s,
  method_title: s,
  method_text: s,
  method_run: s,
  chart_desc: s,
  footer: s,
  trust_title: s,
  trust_sampling_only: s,
  trust_bundled: s,
  trust_bundled_row: s,
  trust_bundled_other: s,
  trust_unmeasured: s,
  trust_corrected: s,
  trust_sample: s,
  trust_weighted: s,
  trust_unweighted: s,
  trust_accuracy_title: s,
  trust_shares_title: s,
  trust_warnings_title: s,
  trust_no_warnings: s,
  col_label: s,
  col_precision: s,
  col_recall: s,
  col_fpr: s,
  col_n: s,
  col_raw: s,
  col_corrected: s,
  col_moved: s,
  share_of_relevant: s,
  share_of_topic: s,
  warn_few_coded_positives: s,
  warn_weak_separation: s,
  warn_uncoded_tool_category: s,
  warn_wide_interval: s,
});
export type UiText = z.infer<typeof uiTextSchema>;

const languageSchema = z.strictObject({
  text: uiTextSchema,
  polarity: z.record(z.enum(POLARITIES), s),
  kinds: z.record(s, s),
});

export const uiStringsSchema = z.strictObject({ 'zh-Hant': languageSchema, en: languageSchema });
export type UiStrings = z.infer<typeof uiStringsSchema>;

/** A study's report wording (study.yaml `report:`): any of ui.yaml's text strings, per language. */
const languageOverridesSchema = z.strictObject({ text: uiTextSchema.partial() });
export const uiOverridesSchema = z.strictObject({ 'zh-Hant': languageOverridesSchema.optional(), en: languageOverridesSchema.optional() });
export type UiOverrides = z.infer<typeof uiOverridesSchema>;

/** The generic strings with a study's overrides laid over them (zh-Hans is converted from zh-Hant as always). */
export function withOverrides(ui: UiStrings, overrides: UiOverrides): UiStrings {
  const lay = (lang: 'zh-Hant' | 'en') => ({ ...ui[lang], text: { ...ui[lang].text, ...overrides[lang]?.text } });
  return { 'zh-Hant': lay('zh-Hant'), en: lay('en') };
}
type LanguageStrings = z.infer<typeof languageSchema>;

export interface Wording {
  readonly lang: ReportLanguage;
  readonly t: UiText;
  region(id: string): string;
  topic(id: string): string;
  viewpoint(id: string): string;
  kind(id: string): string;
  polarity(id: string): string;
  /** A key term in the report's script: as people wrote it, converted where needed. */
  term(term: { readonly term: string; readonly form: string }): string;
  /** "{name}" placeholders filled from `vars`. */
  fill(template: string, vars: Readonly<Record<string, string | number>>): string;
}

function mapValues<T extends Record<string, unknown>>(o: T, f: (v: string) => string): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'string' ? f(v) : v && typeof v === 'object' ? mapValues(v as Record<string, unknown>, f) : v;
  return out as T;
}

function toSimplified(lang: LanguageStrings): LanguageStrings {
  return mapValues(lang, (v) => convertScript(v, 'hans'));
}

export function wordingFor(ui: UiStrings, lang: ReportLanguage, taxonomy: Taxonomy): Wording {
  const strings = lang === 'en' ? ui.en : lang === 'zh-Hans' ? toSimplified(ui['zh-Hant']) : ui['zh-Hant'];
  const name = (names: Taxonomy['names']['topics'], id: string) => names[id]?.[lang] ?? id;
  return {
    lang,
    t: strings.text,
    region: (id) => name(taxonomy.names.regions, id),
    topic: (id) => name(taxonomy.names.topics, id),
    viewpoint: (id) => name(taxonomy.names.viewpoints, id),
    kind: (id) => strings.kinds[id] ?? id,
    polarity: (id) => strings.polarity[id as keyof typeof strings.polarity] ?? id,
    term: ({ term, form }) => (lang === 'zh-Hans' ? convertScript(form || term, 'hans') : form || convertScript(term, 'hk')),
    fill: (template, vars) => template.replace(/\{(\w+)\}/g, (all, key: string) => (key in vars ? String(vars[key]) : all)),
  };
}
