/** `yuqing convert` and `yuqing segment`: file or stdin to stdout, one line out per line in. */
import type { Command } from 'commander';
import { YuqingError } from '../../errors.js';
import { mapLines } from '../../io/read/lines.js';
import { lexiconSegmenter } from '../../io/bundled/segmenter-dictionary.js';
import type { Segmenter } from '../../segment/jieba.js';
import { originalTokens, segmentNormalised } from '../../segment/segmentation.js';
import { convertScript, SCRIPT_TARGETS, type ScriptTarget } from '../../text/convert.js';
import { normaliseText } from '../../text/normalise.js';
import type { CliIo } from '../io.js';
import { addLexiconOptions, classifierFrom, type LexiconOptions } from '../shared-options.js';
import { descriptionOf } from '../catalogue.js';

export function segmentLine(segmenter: Segmenter, line: string): string {
  const normalised = normaliseText(line);
  return originalTokens(normalised, segmentNormalised(segmenter, normalised.text))
    .map((t) => t.text)
    .join(' ');
}

export function registerTextTools(program: Command, io: CliIo): void {
  program
    .command('convert')
    .description(descriptionOf('convert'))
    .argument('[file]', 'a text file (default: stdin)')
    .requiredOption('--to <script>', `one of ${SCRIPT_TARGETS.join(', ')}`)
    .addHelpText(
      'after',
      `
Examples:
  $ yuqing convert posts.hans.txt --to hk > posts.hk.txt
  $ yuqing convert posts.txt --to hans > posts.hans.txt`,
    )
    .action(async (file: string | undefined, o: { to: string }) => {
      if (!(SCRIPT_TARGETS as readonly string[]).includes(o.to)) {
        throw new YuqingError('E_OPTION', `--to ${o.to}: expected one of ${SCRIPT_TARGETS.join(', ')}.`);
      }
      await mapLines(file, io.stdin, io.stdout, (line) => convertScript(line, o.to as ScriptTarget));
    });

  const segment = program
    .command('segment')
    .description(descriptionOf('segment'))
    .argument('[file]', 'a text file (default: stdin)')
    .option('--no-lexicon-words', "use jieba's dictionary and the general supplement (lexicons/segmenter/), without the lexicon's terms")
    .option('--no-hmm', "jieba's dictionary alone: do not re-cut the characters it leaves single with jieba's HMM");
  addLexiconOptions(segment);
  segment
    .addHelpText(
      'after',
      `
Examples:
  $ yuqing segment posts.txt > posts.segmented.txt
  $ yuqing segment posts.txt --no-lexicon-words --no-hmm`,
    )
    .action(async (file: string | undefined, o: LexiconOptions & { lexiconWords: boolean; hmm: boolean }) => {
      const classifier = o.lexiconWords ? classifierFrom(o) : undefined;
      // The classifier's own segmenter is this one when the HMM is on (same words, same singles).
      const segmenter =
        classifier !== undefined && o.hmm
          ? classifier.segmenter
          : lexiconSegmenter(classifier?.lexicon.segmenterWords ?? [], { singles: classifier?.lexicon.segmenterSingles ?? [], hmm: o.hmm });
      await mapLines(file, io.stdin, io.stdout, (line) => segmentLine(segmenter, line));
    });
}
