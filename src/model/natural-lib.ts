/**
 * natural, loaded on first use: it takes about a quarter of a second to load, which every
 * command would otherwise pay at start-up, though only training, hybrid tagging and
 * `lexicon suggest` need it.
 */
import { createRequire } from 'node:module';
import { lazy } from '../lazy.js';

type Natural = typeof import('natural');

const requireCjs = createRequire(import.meta.url);
export const natural: () => Natural = lazy(() => requireCjs('natural') as Natural);
