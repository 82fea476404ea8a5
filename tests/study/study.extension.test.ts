/**
 * Extending a study by data alone (issue 15, item 4): a copy of the talent study gains a fourth
 * topic with three viewpoints — taxonomy, cues and a few labelled posts in YAML and JSON Lines, no
 * TypeScript — is retrained, and its report gains the topic's figure and table.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { PACKAGE_ROOT } from '../../src/io/bundled/lexicon-files.js';
import { captureIo } from '../helpers.js';

async function run(args: string[]) {
  const io = captureIo('');
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

const NEW_TOPIC = `  - id: dse_private
    names: {zh-Hant: 人才子女以私人考生身份應考文憑試, zh-Hans: 人才子女以私人考生身份应考文凭试, en: Scheme holders' children sitting the DSE as private candidates}
    description: Children of scheme holders entering the DSE as private candidates to reach subsidised degree places.
    viewpoints:
      - id: dse.unfair_shortcut
        names: {zh-Hant: 認為是搶佔資助學位的捷徑，對本地生不公, zh-Hans: 认为是抢占资助学位的捷径，对本地生不公, en: An unfair shortcut to subsidised places}
      - id: dse.within_rules
        names: {zh-Hant: 認為合法合規，人人有權報考, zh-Hans: 认为合法合规，人人有权报考, en: Within the rules; anyone may sit the exam}
      - id: dse.tighten_rules
        names: {zh-Hant: 促請收緊私人考生報考資格, zh-Hans: 促请收紧私人考生报考资格, en: Tighten private candidates' eligibility}
`;

const TOPIC_CUES = `
dse_private:
  label: 人才子女以私人考生身份應考文憑試
  cues:
    - 私人考生
    - 私人考生身份
    - 報考文憑試
`;

const VIEWPOINT_CUES = `dse.unfair_shortcut:
  topic: dse_private
  label: 認為是搶佔資助學位的捷徑，對本地生不公
  polarity: negative
  needs_topic: false
  cues:
    - 搶學位
    - 對本地生不公平
dse.within_rules:
  topic: dse_private
  label: 認為合法合規，人人有權報考
  polarity: positive
  needs_topic: false
  cues:
    - 合法合規
    - 人人有權報考
dse.tighten_rules:
  topic: dse_private
  label: 促請收緊私人考生報考資格
  polarity: negative
  needs_topic: false
  cues:
    - 收緊報考資格
    - 設居港年期要求
`;

function labelled(id: string, text: string, topics: string[], viewpoints: string[], polarity: string) {
  const mainland = id.startsWith('m');
  return JSON.stringify({
    id,
    platform: mainland ? 'weibo' : 'lihkg',
    region: mainland ? 'mainland' : 'hk',
    text,
    relevant: true,
    topics,
    viewpoints,
    polarity,
  });
}

const NEW_POSTS = [
  labelled('m1', '高才子女用私人考生身份考DSE，分分鐘搶學位，對本地生不公平', ['dse_private'], ['dse.unfair_shortcut'], 'negative'),
  labelled('h1', '高才通小朋友做私人考生報考文憑試，合法合規，人人有權報考，有咩問題', ['dse_private'], ['dse.within_rules'], 'positive'),
  labelled('m2', '建議考評局收緊報考資格，私人考生要設居港年期要求，唔好俾高才子女走捷徑', ['dse_private'], ['dse.tighten_rules'], 'negative'),
  labelled('h2', '優才家庭啲仔女以私人考生身份應考，搶學位搶到明，本地生點算', ['dse_private'], ['dse.unfair_shortcut'], 'negative'),
  labelled('m3', '高才家庭孩子作为私人考生报考文凭试，合法合规，没必要上纲上线', ['dse_private'], ['dse.within_rules'], 'positive'),
  labelled('h3', '私人考生報考資格應該收緊，高才子女讀兩年國際學校就考DSE入大學，設居港年期要求先公平', ['dse_private'], ['dse.tighten_rules'], 'negative'),
];

describe('a study extended by data alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-extended-'));
  const study = join(dir, 'study');
  let report = '';
  let reportJson: { figures?: unknown } & Record<string, unknown> = {};

  beforeAll(async () => {
    cpSync(join(PACKAGE_ROOT, 'studies', 'talent', 'lexicon'), join(study, 'lexicon'), { recursive: true });
    const studyYaml = readFileSync(join(PACKAGE_ROOT, 'studies', 'talent', 'study.yaml'), 'utf8')
      .replace('id: talent', 'id: talent_dse')
      .replace('platforms: platforms.yaml', `platforms: ${join(PACKAGE_ROOT, 'studies', 'talent', 'platforms.yaml')}`)
      // The extended study's tagger has not been measured: the copy keeps the wording, not the accuracy.
      .replace('accuracy: accuracy.yaml\n', '');
    writeFileSync(join(study, 'study.yaml'), studyYaml);
    cpSync(join(PACKAGE_ROOT, 'studies', 'talent', 'report.yaml'), join(study, 'report.yaml'));
    const taxonomy = readFileSync(join(PACKAGE_ROOT, 'studies', 'talent', 'taxonomy.yaml'), 'utf8');
    writeFileSync(join(study, 'taxonomy.yaml'), taxonomy.replace('\npolarities:', `\n${NEW_TOPIC}polarities:`));
    writeFileSync(join(study, 'lexicon', 'topics.yaml'), readFileSync(join(study, 'lexicon', 'topics.yaml'), 'utf8') + TOPIC_CUES);
    writeFileSync(join(study, 'lexicon', 'viewpoints', 'dse_private.yaml'), VIEWPOINT_CUES);
    // Training data: the six new posts three times over (the test is about the plumbing, not
    // accuracy) and the first 300 development posts for the other topics.
    const dev = readFileSync(join(PACKAGE_ROOT, 'studies', 'talent', 'corpus', 'dev.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .slice(0, 300);
    const gold = [...dev, ...[0, 1, 2].flatMap((k) => NEW_POSTS.map((line) => line.replace(/"id":"(\w+)"/, `"id":"dse-$1-${k}"`)))];
    writeFileSync(join(dir, 'gold.jsonl'), `${gold.join('\n')}\n`);
    const trained = await run(['train', '--study', study, '--gold', join(dir, 'gold.jsonl'), '-o', join(study, 'model.json')]);
    expect(trained.err).not.toContain('error');
    expect(trained.code).toBe(0);
    writeFileSync(join(dir, 'posts.jsonl'), `${[...dev.slice(0, 60), ...NEW_POSTS].join('\n')}\n`);
    const analysed = await run(['analyse', join(dir, 'posts.jsonl'), '--study', study, '-o', join(dir, 'out'), '--lang', 'en']);
    expect(analysed.code).toBe(0);
    report = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    reportJson = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
  }, 240_000);

  it('tags the new topic and its viewpoints and draws its figure and table in the report', () => {
    const name = "Scheme holders' children sitting the DSE as private candidates";
    expect(report).toMatch(new RegExp(`## Figure \\d+ · .*${name}`));
    for (const viewpoint of ['An unfair shortcut to subsidised places', 'Within the rules; anyone may sit the exam', "Tighten private candidates' eligibility"])
      expect(report).toContain(viewpoint);
    expect(report).toContain(`| ${name} (dse_private) |`);
    expect(JSON.stringify(reportJson)).toContain('dse.unfair_shortcut');
  });

  it("keeps the copied study's report wording and says its tagger's accuracy is unmeasured", () => {
    expect(report).toMatch(/^# Talent-scheme discourse/);
    expect(report).toContain('This study names no measured accuracy of its tagger');
    expect(report).not.toContain('accuracy on the bundled labelled corpus');
  });

  it('retrains with a head for the new topic and each of its viewpoints', () => {
    const heads = (JSON.parse(readFileSync(join(study, 'model.json'), 'utf8')) as { heads: { name: string }[] }).heads.map((h) => h.name);
    expect(heads).toEqual(expect.arrayContaining(['dse_private', 'dse.unfair_shortcut', 'dse.within_rules', 'dse.tighten_rules']));
  });

  it("keeps the talent study's own topics beside it", () => {
    for (const name of ['Scheme enhancements and the rush to Hong Kong', 'Visa renewal and permanent residency']) expect(report).toContain(name);
  });
});
