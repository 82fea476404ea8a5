/**
 * The tool's labels for coded posts, and the sample's weights, for agree, evaluate and
 * report --validation: from --pred (classified JSON Lines), else from the design file that
 * yuqing sample wrote beside the sheet (--design, or SHEET.design.json found beside it), else —
 * where a command allows it — by classifying the coded texts now.
 */
import { existsSync } from 'node:fs';
import type { Classifier } from '../classify.js';
import { YuqingError } from '../errors.js';
import { designPathFor, readSampleDesign, readToolLabels } from '../io/read/read-coded.js';
import type { CodedPost, ToolLabels } from '../workbench/coded.js';
import type { SampleDesign } from '../workbench/sample-design.js';
import type { CliIo } from './io.js';
import { chooseTagger } from './model-tagger.js';
import { tagPost } from '../classifier/tag-post.js';
import type { Taxonomy } from '../study/taxonomy.js';

export interface ToolOptions {
  readonly pred?: string;
  readonly design?: string;
}

export interface ToolSource {
  readonly labels: ReadonlyMap<string, ToolLabels>;
  /** Where they came from, as outputs say it. */
  readonly source: string;
  readonly design: SampleDesign | undefined;
}

/** The design file given with --design, or the one beside the first coded sheet. */
export function findDesign(codedFile: string, o: ToolOptions): { design: SampleDesign; file: string } | undefined {
  const file = o.design ?? designPathFor(codedFile);
  if (o.design === undefined && (!existsSync(file) || file === codedFile)) return undefined;
  return { design: readSampleDesign(file), file };
}

export async function toolLabelsFromFiles(taxonomy: Taxonomy, codedFile: string, ids: ReadonlySet<string>, o: ToolOptions): Promise<ToolSource | undefined> {
  const found = findDesign(codedFile, o);
  if (o.pred !== undefined) {
    const labels = await readToolLabels(o.pred, taxonomy, ids);
    const missing = [...ids].find((id) => !labels.has(id));
    if (missing !== undefined)
      throw new YuqingError('E_VALIDATION', `${o.pred}: no record for coded post "${missing}". Give --pred the classified file the sample was drawn from.`, {
        file: o.pred,
      });
    return { labels, source: o.pred, design: found?.design };
  }
  if (found === undefined) return undefined;
  const labels = new Map(found.design.posts.map((p) => [p.id, p.tool]));
  return { labels, source: found.file, design: found.design };
}

/** Classify the coded texts now, with the tagger `classify` would choose (and say which). */
export function toolLabelsNow(
  posts: readonly CodedPost[],
  classifier: Classifier,
  o: { readonly model?: string | false; readonly lexicon?: string },
  io: CliIo,
): ToolSource {
  const tagger = chooseTagger(o, classifier, io);
  const labels = new Map<string, ToolLabels>();
  for (const p of posts) {
    if (p.text === null)
      throw new YuqingError(
        'E_VALIDATION',
        `coded post "${p.id}" has no text to classify. Give --pred with the classified file, or keep the sheet's text column.`,
      );
    const r = tagPost(
      tagger,
      { id: p.id, text: p.text, ...(p.platform ? { platform: p.platform } : {}), ...(p.region ? { region: p.region } : {}) },
      { slim: true },
    );
    labels.set(p.id, { region: r.region, relevant: r.relevant, topics: r.topics, viewpoints: r.viewpoints, polarity: r.polarity });
  }
  const model = tagger.record.model;
  return { labels, source: `classified now (${model === false ? 'lexicon alone' : `hybrid, model ${model.file}`})`, design: undefined };
}
