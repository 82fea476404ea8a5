/**
 * The `yuqing` command line: commander with output and exit injected, so it runs in tests
 * without spawning a process.
 */
import { Command, CommanderError, Help } from 'commander';
import { isYuqingError } from '../errors.js';
import { isClosedPipe, isSystemError, systemErrorMessage } from '../io/write/output-failure.js';
import { TOOL_VERSION } from '../version.js';
import { COMMANDS, commandOf, loadRegistrar, type CommandEntry } from './catalogue.js';
import { errorLine } from './diagnostic-line.js';
import { EXIT, type CliIo } from './io.js';

/**
 * The program for a command line: the command it runs registered in full, every other command by
 * its catalogue line only (enough for the help and for suggestions). `all` registers every command
 * in full (tests).
 */
export async function createProgram(io: CliIo, argv: readonly string[] = [], all = false): Promise<Command> {
  const program = new Command('yuqing')
    .description('Chinese public-opinion analysis: talent-scheme discourse, Mainland and Hong Kong')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .configureHelp({
      subcommandTerm: (cmd) => (cmd.parent?.parent ? undefined : COMMANDS.find((c) => c.name === cmd.name())?.term) ?? new Help().subcommandTerm(cmd),
    })
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `
Exit codes: 0 done · 1 input, lexicon or output unusable · 2 bad command line · 3 too many rejects · 70 internal error

Examples:
  $ yuqing analyse studies/talent/corpus/sample.jsonl -o report
  $ yuqing classify posts.jsonl -o classified.jsonl && yuqing report classified.jsonl
  $ yuqing evaluate studies/talent/corpus/dev.jsonl`,
    );
  const wanted = commandOf(argv);
  const registered = new Set<CommandEntry['module']>();
  for (const entry of COMMANDS) {
    if (all || entry.module === wanted?.module) {
      if (!registered.has(entry.module)) (await loadRegistrar(entry))(program, io);
      registered.add(entry.module);
    } else {
      const listed = program.command(entry.name).description(entry.description); // listed in --help; loaded only when run
      if (entry.alias !== undefined) listed.alias(entry.alias);
    }
  }
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  return program;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = await createProgram(io, argv);
  // A failed stdout keeps its error in stdout.errored (writers check it), rather than throwing it at random
  // (the listener stays: the stream may report the error after the run).
  io.stdout.on('error', () => undefined);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (io.stdout.errored) throw io.stdout.errored;
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    // The reader of stdout went away (`| head`): stop quietly, as Unix filters do.
    if (isClosedPipe(error)) return EXIT.ok;
    if (isSystemError(error)) {
      const described = systemErrorMessage(error);
      io.stderr.write(`${errorLine(described.code, described.message)}\n`);
      return EXIT.failed;
    }
    if (isYuqingError(error)) {
      io.stderr.write(`${errorLine(error.code, error.message)}\n`);
      return error.code === 'E_TOO_MANY_REJECTS' ? EXIT.tooManyRejects : EXIT.failed;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`internal error: ${message}\nThis is a bug in yuqing; set YUQING_DEBUG=1 for details.\n`);
    if (process.env.YUQING_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT.internal;
  }
}
