/**
 * The labels of a study's corpus records checked against its taxonomy: every `region`,
 * `polarity`, `topics[]` and `viewpoints[]` — at the top of a record or one level down (the
 * `writer` / `second` / `final` readings of annotations.jsonl) — must be an ID of the taxonomy.
 */
import type { Taxonomy } from '../taxonomy.js';
import { studyFinding, type StudyFinding } from './finding.js';

type Field = 'region' | 'polarity' | 'topics' | 'viewpoints';

function allowedIds(taxonomy: Taxonomy): Readonly<Record<Field, ReadonlySet<string>>> {
  return {
    region: new Set(taxonomy.regions),
    polarity: new Set(taxonomy.polarities),
    topics: new Set(taxonomy.topics),
    viewpoints: new Set(taxonomy.viewpoints),
  };
}

interface BadLabel {
  readonly field: string;
  readonly value: unknown;
  readonly expected: Field;
}

function labelsIn(record: Record<string, unknown>, prefix: string, allowed: Readonly<Record<Field, ReadonlySet<string>>>): BadLabel[] {
  const bad: BadLabel[] = [];
  for (const field of ['region', 'polarity'] as const) {
    const value = record[field];
    if (value !== undefined && value !== null && (typeof value !== 'string' || !allowed[field].has(value)))
      bad.push({ field: `${prefix}${field}`, value, expected: field });
  }
  for (const field of ['topics', 'viewpoints'] as const) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      bad.push({ field: `${prefix}${field}`, value, expected: field });
      continue;
    }
    value.forEach((v, i) => {
      if (typeof v !== 'string' || !allowed[field].has(v)) bad.push({ field: `${prefix}${field}[${i}]`, value: v, expected: field });
    });
  }
  return bad;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The bad labels of one parsed record, its own and those of its nested readings. */
function badLabelsOf(record: Record<string, unknown>, allowed: Readonly<Record<Field, ReadonlySet<string>>>): BadLabel[] {
  const nested = Object.entries(record).filter((entry): entry is [string, Record<string, unknown>] => isObject(entry[1]));
  return [...labelsIn(record, '', allowed), ...nested.flatMap(([key, value]) => labelsIn(value, `${key}.`, allowed))];
}

function columnOf(line: string, value: unknown): number | undefined {
  const at = line.indexOf(JSON.stringify(value));
  return at < 0 ? undefined : at + 1;
}

/**
 * Findings for one JSON Lines file of the corpus: lines that are not JSON objects, and the bad
 * labels of the first `limit` records that have any (the rest are counted in one finding).
 */
export function checkCorpusLabels(taxonomy: Taxonomy, file: string, content: string, limit = 10): StudyFinding[] {
  const allowed = allowedIds(taxonomy);
  const findings: StudyFinding[] = [];
  let badRecords = 0;
  content.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      record = undefined;
    }
    if (!isObject(record)) {
      if (++badRecords <= limit)
        findings.push(
          studyFinding('error', 'E_CORPUS_RECORD', { file, line }, 'not a JSON object; each line of a corpus file is one record (docs/study-format.md).'),
        );
      return;
    }
    const bad = badLabelsOf(record, allowed);
    if (bad.length === 0 || ++badRecords > limit) return;
    const placed = bad.map((b) => ({ ...b, column: columnOf(text, b.value) })).sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
    for (const b of placed) {
      const column = b.column;
      const ids = [...allowed[b.expected]].join(', ');
      findings.push(
        studyFinding(
          'error',
          'E_CORPUS_LABEL',
          { file, line, column },
          `${b.field} is ${JSON.stringify(b.value)}, not a ${b.expected === 'topics' ? 'topic' : b.expected === 'viewpoints' ? 'viewpoint' : b.expected} of the taxonomy (${ids}). Fix the record or add the ID to taxonomy.yaml.`,
        ),
      );
    }
  });
  if (badRecords > limit) findings.push(studyFinding('error', 'E_CORPUS_LABEL', { file }, `${badRecords - limit} more record(s) with bad labels, not listed.`));
  return findings;
}
