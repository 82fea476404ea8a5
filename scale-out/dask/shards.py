#!/usr/bin/python3
"""yuqing on a Dask cluster: shard a JSON Lines dump, classify and aggregate each shard on the
cluster's workers, and merge the partial states into the one-run report.

    scale-out/dask/shards.py INPUT --out DIR [--scheduler ADDRESS | --local N] [options]

INPUT is JSON Lines, plain or gzipped. The client reads it and sends each shard's bytes to a
worker, so workers need no shared file system, only `yuqing` (and the lexicon folder, if one is
given) at the same path. Each worker task runs `yuqing classify` and `yuqing aggregate` on its
shard; one last task runs `yuqing report --merge` over the partial states. DIR receives
report.{md,json,csv,html}, parts/shard-NNNNN.part.json and rejects.jsonl.

A shard is written under the input's own file name, after as many blank lines as precede it in the
input: records without an id get the ids one run would give them (`<file name>:<line>`), and
rejects keep the input's line numbers. So the merged report is the one-run report, byte for byte
except the manifest's list of inputs.

Needs Dask distributed (Debian: apt-get install python3-distributed; run with /usr/bin/python3).
"""
import argparse
import gzip
import os
import shlex
import subprocess
import sys
import tempfile

FORMATS = ("md", "json", "csv", "html")


def parse_args(argv):
    p = argparse.ArgumentParser(prog="shards.py", description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSON Lines dump (.jsonl or .jsonl.gz)")
    p.add_argument("--out", required=True, help="folder for the reports, parts/ and rejects.jsonl")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N worker processes on loopback (default: 2)")
    p.add_argument("--lines-per-shard", type=int, default=200_000, help="input lines per shard (default: 200000)")
    p.add_argument("--yuqing", default=os.environ.get("YUQING", "yuqing"), help='how workers run yuqing (default: $YUQING or "yuqing"; e.g. "node /opt/yuqing/bin/yuqing.js")')
    p.add_argument("--lexicon", help="lexicon folder, as the workers see it (default: the bundled one)")
    p.add_argument("--platforms", help="platform table, as the workers see it (default: the bundled one)")
    p.add_argument("--classify-args", default="", help='more options for yuqing classify, e.g. "--no-model --text-field content"')
    p.add_argument("--aggregate-args", default="", help='study options for yuqing aggregate, e.g. "--window 2024-10..2024-12 --sample 0.1 --seed 7"')
    p.add_argument("--report-args", default="", help='options for yuqing report, e.g. "--lang en"')
    p.add_argument("--formats", default=",".join(FORMATS), help="report formats to write (default: md,json,csv,html)")
    p.add_argument("--in-flight", type=int, default=0, help="shards sent ahead of the workers (default: 2 per worker)")
    args = p.parse_args(argv)
    if args.lines_per_shard < 1:
        p.error("--lines-per-shard must be at least 1")
    formats = [f for f in args.formats.split(",") if f]
    if not formats or any(f not in FORMATS for f in formats):
        p.error(f"--formats takes some of {','.join(FORMATS)}")
    args.formats = formats
    return args


def open_dump(path):
    with open(path, "rb") as probe:
        magic = probe.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def shards(path, lines_per_shard):
    """(index, first line number, bytes) for each shard of the dump, in order."""
    index, first, lines = 0, 1, []
    with open_dump(path) as dump:
        for line in dump:
            lines.append(line)
            if len(lines) == lines_per_shard:
                yield index, first, b"".join(lines)
                index, first, lines = index + 1, first + len(lines), []
    if lines:
        yield index, first, b"".join(lines)


def run(command, cwd=None):
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} exited {done.returncode}: {done.stderr.decode('utf-8', 'replace').strip()}")
    return done


def common_args(lexicon, platforms):
    # Absolute, so that every command finds them whatever folder it runs in.
    return (["--lexicon", os.path.abspath(lexicon)] if lexicon else []) + (["--platforms", os.path.abspath(platforms)] if platforms else [])


def classify_shard(index, first_line, data, name, yuqing, common, classify_args, aggregate_args):
    """On a worker: the shard through yuqing classify and yuqing aggregate; returns its partial state and rejects."""
    import socket

    with tempfile.TemporaryDirectory(prefix=f"yuqing-shard-{index:05d}-") as tmp:
        shard = os.path.join(tmp, name)
        with open(shard, "wb") as f:
            # Blank lines keep line numbers (and the ids made from them) as in the whole dump.
            for _ in range((first_line - 1) // (1 << 20)):
                f.write(b"\n" * (1 << 20))
            f.write(b"\n" * ((first_line - 1) % (1 << 20)))
            f.write(data)
        # Named for the shard, as the merged report's manifest lists them.
        classified = os.path.join(tmp, f"shard-{index:05d}.classified.jsonl")
        part = os.path.join(tmp, "part.json")
        counts = run([*yuqing, "classify", shard, "-o", classified, "--workers", "1", "-q", *common, *classify_args]).stderr
        run([*yuqing, "aggregate", os.path.basename(classified), "-o", part, *common, *aggregate_args], cwd=tmp)
        with open(part, encoding="utf-8") as f:
            state = f.read()
        rejects_file = f"{classified}.rejects.jsonl"
        rejects = open(rejects_file, encoding="utf-8").read() if os.path.exists(rejects_file) else ""
    return {"index": index, "part": state, "rejects": rejects, "counts": counts.decode("utf-8", "replace").strip(), "host": socket.gethostname(), "pid": os.getpid()}


def merge_report(parts, yuqing, common, report_args, formats):
    """On a worker: yuqing report --merge over the partial states, in each format."""
    with tempfile.TemporaryDirectory(prefix="yuqing-merge-") as tmp:
        files = []
        for i, text in enumerate(parts):
            files.append(os.path.join(tmp, f"shard-{i:05d}.part.json"))
            with open(files[-1], "w", encoding="utf-8") as f:
                f.write(text)
        reports = {}
        for fmt in formats:
            out = os.path.join(tmp, f"report.{fmt}")
            run([*yuqing, "report", "--merge", *files, "--format", fmt, "-o", out, *common, *report_args])
            with open(out, encoding="utf-8") as f:
                reports[fmt] = f.read()
    return reports


def write_atomic(path, text):
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    args = parse_args(argv)
    from dask.distributed import Client, LocalCluster, as_completed

    if not os.path.isfile(args.input):
        print(f"error: {args.input}: no such file", file=sys.stderr)
        return 1
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        print(f"error: --out {args.out}: is a file; give a folder", file=sys.stderr)
        return 1
    os.makedirs(os.path.join(args.out, "parts"), exist_ok=True)
    yuqing = shlex.split(args.yuqing)
    common = common_args(args.lexicon, args.platforms)
    classify_args, aggregate_args, report_args = (shlex.split(a) for a in (args.classify_args, args.aggregate_args, args.report_args))
    name = os.path.basename(args.input)
    name = name[:-3] if name.endswith(".gz") else name

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.local or 2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        workers = len(client.scheduler_info()["workers"])
        print(f"cluster: {workers} workers, scheduler {client.scheduler.address}", file=sys.stderr)
        limit = args.in_flight or 2 * max(1, workers)
        results, pending = {}, as_completed()
        for index, first_line, data in shards(args.input, args.lines_per_shard):
            # Scattered: the bytes go from here to a worker, not through the scheduler.
            [shard] = client.scatter([data])
            pending.add(client.submit(classify_shard, index, first_line, shard, name, yuqing, common, classify_args, aggregate_args, pure=False))
            while pending.count() >= limit:
                done = next(pending).result()
                results[done["index"]] = done
        for future in pending:
            done = future.result()
            results[done["index"]] = done
        ordered = [results[i] for i in sorted(results)]
        for r in ordered:
            write_atomic(os.path.join(args.out, "parts", f"shard-{r['index']:05d}.part.json"), r["part"])
            print(f"shard {r['index']}: {r['counts'].splitlines()[0] if r['counts'] else ''} (worker {r['host']}:{r['pid']})", file=sys.stderr)
        write_atomic(os.path.join(args.out, "rejects.jsonl"), "".join(r["rejects"] for r in ordered))
        reports = client.submit(merge_report, [r["part"] for r in ordered], yuqing, common, report_args, args.formats, pure=False).result()
        for fmt, text in reports.items():
            write_atomic(os.path.join(args.out, f"report.{fmt}"), text)
        print(f"wrote {args.out}/report.{{{','.join(args.formats)}}}, parts/ ({len(ordered)} shards), rejects.jsonl", file=sys.stderr)
        return 0
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
