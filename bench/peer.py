# (e) An outside peer: the same conversion (OpenCC, Hong Kong -> Simplified, Debian's opencc) and
# segmentation (Debian's python3-jieba) in Python, over the corpus's texts; reading is not timed.
import json, subprocess, sys, tempfile, time, os, logging
import jieba
jieba.setLogLevel(logging.WARNING)
texts = [json.loads(line)["text"].replace("\n", " ") for line in open(sys.argv[1], encoding="utf-8")]
jieba.initialize()
with tempfile.TemporaryDirectory() as tmp:
    src, dst = os.path.join(tmp, "in.txt"), os.path.join(tmp, "out.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(texts) + "\n")
    started = time.perf_counter()
    subprocess.run(["opencc", "-c", "hk2s.json", "-i", src, "-o", dst], check=True)
    converted = open(dst, encoding="utf-8").read().split("\n")
    tokens = sum(len(list(jieba.cut(t))) for t in converted)
    seconds = time.perf_counter() - started
print(json.dumps({"posts": len(texts), "tokens": tokens, "seconds": seconds}))
