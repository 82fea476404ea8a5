/**
 * Example failures with their place (file and line of the example sentence) and a readable
 * account of what the post got instead, with the evidence found.
 */
import type { ExampleFailure } from './examples.js';
import type { LexiconSource } from '../lexicon/load.js';

export interface LocatedFailure extends ExampleFailure {
  readonly file?: string;
  readonly line?: number;
}

function findLine(source: LexiconSource, f: ExampleFailure): { file: string; line: number } | undefined {
  for (const file of source.files) {
    if (file.name !== 'topics.yaml' && !file.name.startsWith('viewpoints/')) continue;
    const lines = file.content.split(/\r?\n/);
    const entry = lines.findIndex((l) => l.startsWith(`${f.label}:`) || l.startsWith(`"${f.label}":`) || l.startsWith(`'${f.label}':`));
    if (entry < 0) continue;
    const at = lines.findIndex((l, i) => i > entry && l.includes(f.text));
    if (at >= 0) return { file: `${source.dir}/${file.name}`, line: at + 1 };
  }
  return undefined;
}

export function locateExamples(source: LexiconSource, failures: readonly ExampleFailure[]): LocatedFailure[] {
  return failures.map((f) => ({ ...f, ...findLine(source, f) }));
}

export function formatExampleFailure(f: LocatedFailure): string {
  const where = f.file ? `${f.file}:${f.line}: ` : '';
  const wanted = f.expect === 'match' ? `should get ${f.label} but did not` : `should not get ${f.label} but did`;
  const evidence = f.got.evidence.map((e) => `${e.label} ${e.term} [${e.start},${e.end})`).join(' · ');
  return (
    [
      `${where}FAIL ${f.label} ${f.expect}: ${f.text}`,
      `  ${wanted}; got relevant=${f.got.relevant}, labels [${f.got.labels.join(', ')}]`,
      `  evidence: ${evidence || '(none: no cue matched)'}`,
    ].join('\n') + '\n'
  );
}
