// The benchmark table: absolute figures for the record, ratios for the claims. The default tagging
// (lexicon + bundled model) comes first, the lexicon alone (--no-model) second.
const f = (x, d = 0) => (x === undefined ? '—' : x.toFixed(d));

const MODES = [
  ['default', 'default tagging (lexicon + bundled model)'],
  ['noModel', '`--no-model` (lexicon alone)'],
];

export function renderMarkdown({ machine, rows }) {
  const repeat = rows[0]?.repeat ?? 1;
  const lines = [
    `Machine: ${machine.cpus} cores, Node ${machine.node}. Throughput in posts/s, the median of ${repeat} interleaved runs (peak RSS: the highest), every start-up and write included; (b)/(a), (c)/(b), (b)/(e), (c)/(e) are ratios measured in the same run (the peer is single-threaded; (c) is classify's default on this machine). "(b)/(a) CPU" is the same ratio by CPU time (user + system: posts per CPU second), which a machine shared with other jobs disturbs far less than wall time.`,
  ];
  for (const [mode, title] of MODES) {
    if (rows[0]?.[`${mode}1`] === undefined) continue;
    lines.push(
      '',
      `**${title[0].toUpperCase()}${title.slice(1)}**`,
      '',
      '| posts | (a) baseline opencc+jieba | (b) classify --workers 1 | (c) --workers 2 | (b)/(a) | (b)/(a) CPU | (c)/(b) | peak RSS (b) MiB | peak RSS (c) MiB | (e) Python peer | (b)/(e) | (c)/(e) |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of rows) {
      const a = r.baseline.postsPerSecond;
      const b = r[`${mode}1`].postsPerSecond;
      const c = r[`${mode}2`].postsPerSecond;
      const e = r.python?.postsPerSecond;
      const cpu = r[`${mode}1`].postsPerCpuSecond && r.baseline.postsPerCpuSecond ? r[`${mode}1`].postsPerCpuSecond / r.baseline.postsPerCpuSecond : undefined;
      lines.push(
        `| ${r.posts} | ${f(a)} | ${f(b)} | ${f(c)} | ${f(b / a, 2)} | ${f(cpu, 2)} | ${f(c / b, 2)} | ${f(r[`${mode}1`].peakMiB)} | ${f(r[`${mode}2`].peakMiB)} | ${f(e)} | ${e ? f(b / e, 1) : '—'} | ${e ? f(c / e, 1) : '—'} |`,
      );
    }
    if (rows.length >= 2) {
      const first = rows[0];
      const last = rows[rows.length - 1];
      lines.push(
        '',
        `Peak RSS at ${last.posts} posts over ${first.posts}: ${f(last[`${mode}1`].peakMiB / first[`${mode}1`].peakMiB, 2)} (1 worker), ${f(last[`${mode}2`].peakMiB / first[`${mode}2`].peakMiB, 2)} (2 workers).`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
