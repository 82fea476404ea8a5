/** A small label set and the bundled coding vocabulary for the workbench tests. */
import type { LabelSet } from '../../src/label-set.js';
import { readCodingVocabulary } from '../../src/io/read/read-coded.js';

export const LABELS: LabelSet = {
  topics: [
    { id: 'renewal', name: '續簽' },
    { id: 'schooling', name: '子女教育' },
  ],
  viewpoints: [
    { id: 'ren.hard', topic: 'renewal', name: '擔憂續簽難，要證明「實際貢獻」' },
    { id: 'ren.plan', topic: 'renewal', name: '建議提前規劃' },
    { id: 'sch.springboard', topic: 'schooling', name: '升學跳板' },
  ],
  polarities: [
    { id: 'positive', name: '正面' },
    { id: 'negative', name: '負面' },
    { id: 'neutral', name: '中性' },
    { id: 'mixed', name: '正負參半' },
  ],
};

export const VOCAB = readCodingVocabulary();
