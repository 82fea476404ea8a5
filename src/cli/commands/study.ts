/** `yuqing study init` and `yuqing study check`: a new study from the template, and a study folder and everything it names, linted. */
import type { Command } from 'commander';
import { YuqingError } from '../../errors.js';
import { writeStudyTemplate } from '../../io/bundled/study-template.js';
import { countSeverities } from '../../study/check/finding.js';
import { descriptionOf } from '../catalogue.js';
import { formatDiagnostic } from '../diagnostic-line.js';
import type { CliIo } from '../io.js';
import { checkStudy, shownPath } from './study-check.js';

function check(dir: string, io: CliIo): void {
  const findings = checkStudy(dir);
  const counts = countSeverities(findings);
  io.stdout.write(`${findings.map((f) => `${formatDiagnostic(f)}\n`).join('')}${shownPath(dir)}: ${counts.error} error(s), ${counts.warning} warning(s)\n`);
  if (counts.error > 0)
    throw new YuqingError(
      'E_STUDY_CHECK',
      `${dir}: the study has ${counts.error} error(s), listed above with file:line. Fix them and run yuqing study check again.`,
      { file: dir },
    );
}

function init(dir: string, io: CliIo): void {
  const files = writeStudyTemplate(dir);
  io.stderr.write(
    `wrote ${files.length} files into ${dir}: ${files.join(', ')}\nnext: edit ${dir}/taxonomy.yaml and ${dir}/study.yaml, then yuqing study check ${dir}\n`,
  );
}

export function registerStudy(program: Command, io: CliIo): void {
  const study = program.command('study').description(descriptionOf('study'));
  study
    .command('init')
    .description(
      'write a minimal valid study into a new (or empty) folder: study.yaml, taxonomy.yaml with one example topic, platforms.yaml and an empty lexicon, commented to teach the format',
    )
    .argument('<dir>', 'the folder to create')
    .addHelpText(
      'after',
      `
Refuses a folder that holds anything. Each file is written atomically.

Examples:
  $ yuqing study init my-study && yuqing study check my-study`,
    )
    .action((dir: string) => init(dir, io));
  study
    .command('check')
    .description(
      'check a study folder: study.yaml and taxonomy.yaml, the lexicon (lint and examples), the platform table, the corpus labels and the model heads, each against the taxonomy',
    )
    .argument('<dir>', 'the study folder (holding study.yaml)')
    .addHelpText(
      'after',
      `
Prints one line per finding (file:line:col: severity [CODE] message) and a summary; exits 1 on errors.

Examples:
  $ yuqing study check studies/talent
  $ yuqing study check my-study`,
    )
    .action((dir: string) => check(dir, io));
  for (const sub of study.commands) sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}
