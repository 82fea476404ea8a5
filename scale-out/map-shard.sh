#!/bin/sh
# One shard of a JSON Lines dump on stdin → its partial state (yuqing-partial/1) on stdout, its
# rejects and counts on stderr: the mapper of a Hadoop Streaming job and the command of Spark's
# rdd.pipe (docs/scale-out.md). The shard is classified from a file (not a pipe), so the partial
# state counts its rejects too. Arguments go to `yuqing aggregate` (the study options: --window,
# --sample, --seed …). Environment: YUQING (the command, default yuqing), YUQING_LEXICON and
# YUQING_PLATFORMS (for both commands), YUQING_CLASSIFY_ARGS (more classify options, e.g. --no-model).
set -eu
yuqing=${YUQING:-yuqing}
common=""
[ -n "${YUQING_LEXICON:-}" ] && common="$common --lexicon $YUQING_LEXICON"
[ -n "${YUQING_PLATFORMS:-}" ] && common="$common --platforms $YUQING_PLATFORMS"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/yuqing-shard.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/shard.jsonl"
# shellcheck disable=SC2086 # the option strings are meant to split into words
$yuqing classify "$tmp/shard.jsonl" -o "$tmp/classified.jsonl" --workers 1 -q $common ${YUQING_CLASSIFY_ARGS:-} >&2
[ -s "$tmp/classified.jsonl.rejects.jsonl" ] && cat "$tmp/classified.jsonl.rejects.jsonl" >&2
# shellcheck disable=SC2086
$yuqing aggregate "$tmp/classified.jsonl" $common "$@"
