/**
 * natural, loaded on first use: it takes about a quarter of a second to load, which every
 * command would otherwise pay at start-up, though only training, hybrid tagging and
 * `lexicon suggest` need it.
 */
import { createRequire } from 'node:module';

type Natural = typeof import('natural');

const requireCjs = createRequire(import.meta.url);
let loaded: Natural | undefined;

export function natural(): Natural {
  loaded ??= requireCjs('natural') as Natural;
  return loaded;
}
