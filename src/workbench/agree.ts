/**
 * Agreement between coders, field by field: relevance over every post; polarity, and each topic
 * and each viewpoint as a yes/no field, over the posts every coder of the post marks relevant.
 * The tool is compared with each coder the same way. Disagreements are listed with every value.
 */
import { agreementOf, type Agreement, type UnitValues } from '../aggregate/agreement.js';
import type { LabelSet } from '../label-set.js';
import type { CodedPost, CodedSet, ToolLabels } from './coded.js';

export interface Disagreement {
  readonly field: string;
  readonly id: string;
  /** Coder (file) → value; absent when that coder did not code the post. */
  readonly values: Readonly<Record<string, string>>;
}

export interface AgreementReport {
  readonly coders: readonly string[];
  /** Field name or label ID → agreement among the coders. */
  readonly fields: Readonly<Record<string, Agreement>>;
  readonly disagreements: readonly Disagreement[];
  /** Coder → field → agreement of the tool with that coder (empty without the tool's labels). */
  readonly tool: Readonly<Record<string, Readonly<Record<string, Agreement>>>>;
}

type Codes = readonly (CodedPost | ToolLabels | undefined)[];
interface Field {
  readonly name: string;
  readonly value: (p: CodedPost | ToolLabels) => string | null;
  readonly overRelevant: boolean;
}

function fieldsOf(labels: LabelSet): Field[] {
  const yesNo = (has: boolean) => (has ? 'yes' : 'no');
  return [
    { name: 'relevant', value: (p) => yesNo(p.relevant), overRelevant: false },
    { name: 'polarity', value: (p) => p.polarity, overRelevant: true },
    ...labels.topics.map((t) => ({ name: t.id, value: (p: CodedPost | ToolLabels) => yesNo(p.topics.includes(t.id)), overRelevant: true })),
    ...labels.viewpoints.map((v) => ({ name: v.id, value: (p: CodedPost | ToolLabels) => yesNo(p.viewpoints.includes(v.id)), overRelevant: true })),
  ];
}

/** A unit's values for a field; posts that some coder marks not relevant drop out of the relevant-only fields. */
function unitValues(codes: Codes, field: Field): UnitValues | undefined {
  const present = codes.filter((c): c is CodedPost | ToolLabels => c !== undefined);
  if (field.overRelevant && !present.every((c) => c.relevant)) return undefined;
  return codes.map((c) => (c === undefined ? null : field.value(c)));
}

function agreeAll(units: ReadonlyMap<string, Codes>, fields: readonly Field[]): Record<string, Agreement> {
  const out: Record<string, Agreement> = {};
  for (const field of fields) {
    const values: UnitValues[] = [];
    for (const codes of units.values()) {
      const unit = unitValues(codes, field);
      if (unit !== undefined) values.push(unit);
    }
    out[field.name] = agreementOf(values);
  }
  return out;
}

export function agreement(sets: readonly CodedSet[], labels: LabelSet, tool?: ReadonlyMap<string, ToolLabels>): AgreementReport {
  const coders = sets.map((s) => s.source);
  const ids = [...new Set(sets.flatMap((s) => s.posts.map((p) => p.id)))].sort();
  const byCoder = sets.map((s) => new Map(s.posts.map((p) => [p.id, p])));
  const units = new Map<string, Codes>(ids.map((id) => [id, byCoder.map((m) => m.get(id))]));
  const fields = fieldsOf(labels);
  const disagreements: Disagreement[] = [];
  for (const field of fields) {
    for (const [id, codes] of units) {
      const values = unitValues(codes, field);
      const given = values?.filter((v) => v !== null) ?? [];
      if (given.length < 2 || given.every((v) => v === given[0])) continue;
      const shown: Record<string, string> = {};
      codes.forEach((c, i) => {
        if (c !== undefined) shown[coders[i]!] = field.value(c) ?? '';
      });
      disagreements.push({ field: field.name, id, values: shown });
    }
  }
  const toolVs: Record<string, Record<string, Agreement>> = {};
  if (tool !== undefined) {
    byCoder.forEach((coded, i) => {
      const pairs = new Map<string, Codes>([...coded.keys()].filter((id) => tool.has(id)).map((id) => [id, [tool.get(id), coded.get(id)]]));
      toolVs[coders[i]!] = agreeAll(pairs, fields);
    });
  }
  return { coders, fields: agreeAll(units, fields), disagreements, tool: toolVs };
}
