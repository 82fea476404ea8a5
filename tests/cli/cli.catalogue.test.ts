/** The command catalogue: what `yuqing --help` shows without loading the commands. */
import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/catalogue.js';
import { createProgram, runCli } from '../../src/cli/program.js';
import { captureIo } from '../helpers.js';

describe('the command catalogue', () => {
  it('lists every command, in order, with the line commander gives it when it is registered in full', async () => {
    const program = await createProgram(captureIo(), [], true);
    const commands = program.commands.filter((c) => c.name() !== 'help');
    expect(commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name));
    for (const command of commands) {
      const entry = COMMANDS.find((c) => c.name === command.name())!;
      expect(new Help().subcommandTerm(command)).toBe(entry.term);
      expect(command.description()).toBe(entry.description);
    }
  });

  it('registers in full only the command a command line runs', async () => {
    const program = await createProgram(captureIo(), ['segment', '--no-hmm']);
    const options = (name: string) => program.commands.find((c) => c.name() === name)!.options.length;
    expect(options('segment')).toBeGreaterThan(0);
    expect(options('convert')).toBeGreaterThan(0); // registered by the same module
    expect(options('classify')).toBe(0);
    const bare = await createProgram(captureIo(), ['--help']);
    expect(bare.commands.every((c) => c.options.length === 0)).toBe(true);
  });

  it('yuqing --help shows every command by its catalogue line', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const entry of COMMANDS) expect(io.out()).toContain(entry.term);
  });

  it('yuqing help CMD and a mistyped command still work', async () => {
    const help = captureIo();
    expect(await runCli(['help', 'segment'], help)).toBe(0);
    expect(help.out()).toContain('--no-hmm');
    const typo = captureIo();
    expect(await runCli(['segmnet'], typo)).toBe(2);
    expect(typo.err()).toContain('segment');
  });
});
