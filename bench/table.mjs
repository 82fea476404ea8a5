// The benchmark table: absolute figures for the record, ratios for the claims.
const f = (x, d = 0) => (x === undefined ? '—' : x.toFixed(d));

export function renderMarkdown({ machine, rows, hybrid }) {
  const repeat = rows[0]?.repeat ?? 1;
  const lines = [
    `Machine: ${machine.cpus} cores, Node ${machine.node}. Throughput in posts/s, the median of ${repeat} interleaved runs (peak RSS: the highest); (b)/(a), (c)/(b), (b)/(e), (c)/(e) are ratios measured in the same run (the peer is single-threaded; (c) is classify's default on this machine). (b) and (c) tag with the lexicon alone (\`--no-model\`).`,
    '',
    '| posts | (a) baseline opencc+jieba | (b) classify --workers 1 | (c) --workers 2 | (b)/(a) | (c)/(b) | peak RSS (b) MiB | peak RSS (c) MiB | (e) Python peer | (b)/(e) | (c)/(e) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const a = r.baseline.postsPerSecond;
    const b = r.workers1.postsPerSecond;
    const c = r.workers2.postsPerSecond;
    const e = r.python?.postsPerSecond;
    lines.push(`| ${r.posts} | ${f(a)} | ${f(b)} | ${f(c)} | ${f(b / a, 2)} | ${f(c / b, 2)} | ${f(r.workers1.peakMiB)} | ${f(r.workers2.peakMiB)} | ${f(e)} | ${e ? f(b / e, 1) : '—'} | ${e ? f(c / e, 1) : '—'} |`);
  }
  if (rows.length >= 2) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    lines.push('', `Peak RSS at ${last.posts} posts over ${first.posts}: ${f(last.workers1.peakMiB / first.workers1.peakMiB, 2)} (1 worker), ${f(last.workers2.peakMiB / first.workers2.peakMiB, 2)} (2 workers).`);
  }
  if (hybrid) {
    lines.push('', `Default tagging (lexicon + bundled model, no \`--no-model\`), one run at ${hybrid.posts} posts: ${f(hybrid.workers1)} posts/s on 1 thread, ${f(hybrid.workers2)} on 2.`);
  }
  return `${lines.join('\n')}\n`;
}
