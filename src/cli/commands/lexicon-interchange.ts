/** `yuqing lexicon export` and `yuqing lexicon import`: LIWC .dic and quanteda YAML dictionaries. */
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { YuqingError } from '../../errors.js';
import { readLexiconSource } from '../../io/bundled/lexicon-files.js';
import { readTextFile, writeLexiconFolder } from '../../io/write/lexicon-write.js';
import { lexiconIdentity } from '../../lexicon/identity.js';
import { lexiconCategories } from '../../lexicon-tools/interchange/categories.js';
import { buildLexiconFiles, guessMapping, mappingSchemaFor } from '../../lexicon-tools/interchange/import.js';
import { STUDY_HELP, studyFrom } from '../shared-options.js';
import { formatLiwc, parseLiwc } from '../../lexicon-tools/interchange/liwc.js';
import { formatQuanteda, parseQuanteda } from '../../lexicon-tools/interchange/quanteda.js';
import { loadLexicon } from '../../lexicon/load.js';
import { parseYamlFile } from '../../yaml-source.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';

const FORMATS = ['liwc', 'quanteda'] as const;
type Format = (typeof FORMATS)[number];

function checkInterchange(option: string, value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new YuqingError('E_OPTION', `${option} ${value}: expected liwc or quanteda.`);
  return value as Format;
}

function exportLexicon(dirArg: string | undefined, o: { to: string; output?: string; study?: string }, io: CliIo): void {
  const to = checkInterchange('--to', o.to);
  const study = studyFrom(o);
  const data = loadLexicon(readLexiconSource(dirArg ?? study.lexiconDir), study.taxonomy);
  const id = lexiconIdentity(data);
  const { categories, skippedRules } = lexiconCategories(data, to === 'liwc' ? 'prefix' : 'both');
  const header = [
    `exported by yuqing lexicon export from ${id.id} ${id.version} ${id.hash}`,
    `${skippedRules} co-occurrence rules (all:) have no equivalent and are left out`,
  ];
  emit(io, to === 'liwc' ? formatLiwc(categories) : formatQuanteda(categories, header), o.output);
  const terms = categories.reduce((n, c) => n + c.patterns.length, 0);
  io.stderr.write(
    `exported ${categories.length} categories, ${terms} patterns from lexicon ${id.id} ${id.version} ${id.hash}; ${skippedRules} co-occurrence rules left out (no equivalent)\n`,
  );
}

interface ImportOptions {
  readonly study?: string;
  readonly from: string;
  readonly output: string;
  readonly map?: string;
  readonly id?: string;
  readonly force?: boolean;
}

function importLexicon(file: string, o: ImportOptions, io: CliIo): void {
  const from = checkInterchange('--from', o.from);
  const text = readTextFile(file);
  const categories = from === 'liwc' ? parseLiwc(text, file) : parseQuanteda(text, file);
  const { taxonomy } = studyFrom(o);
  const mapping = o.map ? parseYamlFile({ path: o.map, content: readTextFile(o.map) }, mappingSchemaFor(taxonomy)) : guessMapping(taxonomy, categories);
  const id =
    o.id ??
    (basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') ||
      'imported');
  const { files, report } = buildLexiconFiles(taxonomy, categories, mapping, { id, source: basename(file) });
  writeLexiconFolder(o.output, files, Boolean(o.force));
  const lines = [
    `imported ${report.terms} terms from ${report.mapped} of ${categories.length} categories of ${file} into ${o.output}`,
    ...(report.ignored.length > 0
      ? [
          `ignored (mapped to ignore): ${report.ignored.join(', ')}. Edit ${o.output}/import-mapping.yaml and re-run with --map ${o.output}/import-mapping.yaml --force.`,
        ]
      : []),
    ...(report.skipped.length > 0
      ? [`left out ${report.skipped.length} pattern(s) with a wildcard inside (a term cannot express them): ${report.skipped.slice(0, 10).join(' ')}`]
      : []),
    `next: yuqing lexicon lint ${o.output}`,
  ];
  io.stderr.write(`${lines.join('\n')}\n`);
}

export function registerLexiconInterchange(lexicon: Command, io: CliIo): void {
  lexicon
    .command('export')
    .description('write a lexicon as a LIWC .dic or a quanteda YAML dictionary (term cues only: all-rules, weights and negation settings have no equivalent)')
    .argument('[dir]', "lexicon folder (default: the study's)")
    .requiredOption('--to <format>', 'liwc or quanteda')
    .option('--study <dir>', STUDY_HELP)
    .option('-o, --output <file>', 'write here instead of stdout')
    .addHelpText(
      'after',
      `
Categories are named by slot: relevance.strong, topic.<id>, viewpoint.<id>, polarity.positive …
A boundary: free term is written X* for LIWC (prefix) and *X* for quanteda (glob).

Examples:
  $ yuqing lexicon export --to liwc -o talent.dic
  $ yuqing lexicon export my-lexicon --to quanteda -o talent.yml   # in R: quanteda::dictionary(file = "talent.yml")`,
    )
    .action((dir: string | undefined, o: { to: string; output?: string; study?: string }) => exportLexicon(dir, o, io));
  lexicon
    .command('import')
    .description('turn a LIWC .dic or a quanteda YAML dictionary into a lexicon folder, each category mapped to a slot (or ignored)')
    .argument('<file>', 'the dictionary')
    .requiredOption('--from <format>', 'liwc or quanteda')
    .requiredOption('-o, --output <dir>', 'the lexicon folder to write')
    .option('--map <file>', 'category → slot mapping (YAML); default: slot names map to themselves, posemo/negemo/negate to polarity, the rest to ignore')
    .option('--id <id>', "the new lexicon's id (default: from the file name)")
    .option('--study <dir>', `${STUDY_HELP}: its topics and viewpoints are the slots`)
    .option('--force', 'overwrite a lexicon already in the folder')
    .addHelpText(
      'after',
      `
The folder gets import-mapping.yaml: edit it and re-run with --map to change what goes where.
A pattern with * at an end becomes a term marked boundary: free; one with * inside is left out.

Examples:
  $ yuqing lexicon import --from liwc cliwc.dic -o my-lexicon
  $ yuqing lexicon import --from liwc cliwc.dic -o my-lexicon --map my-lexicon/import-mapping.yaml --force
  $ yuqing lexicon import --from quanteda talent.yml -o roundtrip`,
    )
    .action((file: string, o: ImportOptions) => importLexicon(file, o, io));
}
