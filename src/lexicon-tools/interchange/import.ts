/**
 * Categories from a foreign dictionary → a lexicon folder. A mapping says which slot each category
 * fills (or `ignore`); without one, categories named like slots map to themselves, LIWC's
 * posemo / negemo / negate to polarity, and everything else is written to the mapping file as
 * `ignore` for the user to edit. Wildcards: a pattern with `*` at either end becomes a term
 * marked `boundary: free` (it may match inside a longer word); one with `*` or `?` inside is left out.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { idEnum } from '../../study/schema.js';
import { topicOfViewpoint, type Taxonomy } from '../../study/taxonomy.js';
import { POLARITY_LISTS, RELEVANCE_GROUPS, slotsOf, type Category } from './categories.js';

/** A mapping file: each category's slot, one of the study's (slotsOf). */
export function mappingSchemaFor(taxonomy: Taxonomy) {
  return z.strictObject({
    note: z.string().optional(),
    categories: z.record(z.string(), idEnum(slotsOf(taxonomy))),
  });
}
export type Mapping = z.infer<ReturnType<typeof mappingSchemaFor>>;

const LIWC_NAMES: Readonly<Record<string, string>> = { posemo: 'polarity.positive', negemo: 'polarity.negative', negate: 'polarity.negators' };

export function guessMapping(taxonomy: Taxonomy, categories: readonly Category[]): Mapping {
  const slots = slotsOf(taxonomy);
  const out: Record<string, string> = {};
  for (const c of categories) out[c.name] = slots.includes(c.name) ? c.name : (LIWC_NAMES[c.name.toLowerCase()] ?? 'ignore');
  return { categories: out };
}

type CueOut = string | { term: string; boundary: 'free'; note: string };

export interface ImportReport {
  readonly mapped: number;
  readonly ignored: readonly string[];
  readonly terms: number;
  /** Patterns with a wildcard inside, which a term cannot express. */
  readonly skipped: readonly string[];
}

function toCue(pattern: string): CueOut | undefined {
  const core = pattern.replace(/^\*+|\*+$/g, '');
  if (core === '' || /[*?]/.test(core)) return undefined;
  return core === pattern ? core : { term: core, boundary: 'free', note: `imported wildcard pattern ${pattern}` };
}

const plain = (c: CueOut) => (typeof c === 'string' ? c : c.term);

export function buildLexiconFiles(taxonomy: Taxonomy, categories: readonly Category[], mapping: Mapping, meta: { id: string; source: string }) {
  const slots = new Map<string, CueOut[]>();
  const ignored: string[] = [];
  const skipped: string[] = [];
  let terms = 0;
  for (const c of categories) {
    const slot = mapping.categories[c.name] ?? 'ignore';
    if (slot === 'ignore') {
      ignored.push(c.name);
      continue;
    }
    const list = slots.get(slot) ?? [];
    for (const p of c.patterns) {
      const cue = toCue(p);
      if (cue === undefined) skipped.push(p);
      else {
        list.push(cue);
        terms++;
      }
    }
    slots.set(slot, list);
  }
  const cues = (slot: string) => slots.get(slot) ?? [];
  const dump = (header: string, data: unknown) => `# ${header}\n${stringify(data, { lineWidth: 0 })}`;
  const from = `imported from ${meta.source} by yuqing lexicon import`;
  const files: { name: string; content: string }[] = [
    {
      name: 'lexicon.yaml',
      content: dump(from, {
        id: meta.id,
        version: '0.1.0',
        title: `Imported from ${meta.source}`,
        description: 'Review the mapping in import-mapping.yaml; add relevance cues before classifying.',
      }),
    },
    { name: 'relevance.yaml', content: dump(from, Object.fromEntries(RELEVANCE_GROUPS.map((g) => [g, cues(`relevance.${g}`)]))) },
    { name: 'topics.yaml', content: dump(from, Object.fromEntries(taxonomy.topics.map((t) => [t, { cues: cues(`topic.${t}`) }]))) },
    {
      name: 'polarity.yaml',
      content: dump(
        from,
        Object.fromEntries(POLARITY_LISTS.map((p) => [p, p === 'negators' || p === 'intensifiers' ? cues(`polarity.${p}`).map(plain) : cues(`polarity.${p}`)])),
      ),
    },
  ];
  const byTopic = new Map<string, Record<string, unknown>>();
  for (const [slot, list] of [...slots].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!slot.startsWith('viewpoint.')) continue;
    const id = slot.slice('viewpoint.'.length);
    const topic = topicOfViewpoint(taxonomy, id);
    byTopic.set(topic, { ...(byTopic.get(topic) ?? {}), [id]: { topic, cues: list } });
  }
  for (const [topic, entries] of byTopic) files.push({ name: `viewpoints/${topic}.yaml`, content: dump(from, entries) });
  if (cues('segmenter').length > 0) files.push({ name: 'segmenter.yaml', content: dump(from, { words: cues('segmenter').map(plain) }) });
  files.push({ name: 'import-mapping.yaml', content: renderMapping(mapping, categories, meta.source) });
  const report: ImportReport = { mapped: categories.length - ignored.length, ignored, terms, skipped };
  return { files: files.sort((a, b) => (a.name < b.name ? -1 : 1)), report };
}

export function renderMapping(mapping: Mapping, categories: readonly Category[], source: string): string {
  const lines = [
    `# Which lexicon slot each category of ${source} fills. Edit the values, then run`,
    `#   yuqing lexicon import … --map <this file>`,
    `# Slots: relevance.strong|weak|context|counter, topic.<topic id>, viewpoint.<viewpoint id>,`,
    `#        polarity.positive|negative|sarcasm|negators|intensifiers, segmenter, ignore`,
    'categories:',
  ];
  for (const c of categories) lines.push(`  ${stringify(c.name).trimEnd()}: ${mapping.categories[c.name] ?? 'ignore'}   # ${c.patterns.length} patterns`);
  return `${lines.join('\n')}\n`;
}
