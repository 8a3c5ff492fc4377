#!/usr/bin/env python3
"""Edit latency under `councilsite serve`: how long the preview takes to rebuild after a clerk
saves one minutes file, on the benchmark's corpora.

For each corpus size it copies the corpus's site folder (so the edits never touch the cached
corpus), starts the published ReadyToRun build's `serve` on a free loopback port, waits for the
first build, then appends a line to one meeting's minutes several times, a second apart, and
reads the rebuild time the preview prints after each save. It prints the median, the fastest and
the slowest rebuild, and the stage times of the median one. The watcher adds 50 ms of waiting for
the folder to settle before each rebuild; that is not in the figures.

Usage: python3 bench/preview.py [--pages 1000,10000] [--edits 8] [--corpus own,reference]
                                [--work /tmp/councilsite-bench] [--exe PATH]
See bench/README.md.
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import run

BUILT = re.compile(r"^Built (\d+) pages in (\d+) ms \((\d+) drawn.*?; (.*)\)\.$")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def next_build(process, timeout):
    """The next 'Built ...' line the preview prints, as (milliseconds, pages drawn, stages, pages)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            sys.exit("the preview stopped:\n" + process.stderr.read()[-2000:])
        match = BUILT.match(line.strip())
        if match:
            return int(match.group(2)), int(match.group(3)), match.group(4), int(match.group(1))
        if "error" in line:
            sys.exit(f"the preview reported an error: {line.strip()}")
    sys.exit(f"no rebuild within {timeout} s")


def measure(exe, site, edits):
    minutes = sorted(d for d in os.listdir(os.path.join(site, "meetings"))
                     if os.path.exists(os.path.join(site, "meetings", d, "minutes.md")))
    target = os.path.join(site, "meetings", minutes[len(minutes) // 2], "minutes.md")
    process = subprocess.Popen([exe, "serve", site, "--port", str(free_port())],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    try:
        next_build(process, timeout=300)
        samples = []
        for edit in range(edits):
            time.sleep(1)
            with open(target, "a", encoding="utf-8") as f:
                f.write(f"\nA line added by the benchmark ({edit + 1}).\n")
            samples.append(next_build(process, timeout=60))
        return samples
    finally:
        process.terminate()
        process.wait(timeout=10)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--edits", type=int, default=8, help="saves of the minutes file per size (default 8)")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "councilsite-bench"), help="scratch folder")
    ap.add_argument("--seed", type=int, default=20241126)
    ap.add_argument("--corpus", default="own", help="corpora to edit: own, reference, or both (default own)")
    ap.add_argument("--reference-scripts", default="", help="as for run.py")
    ap.add_argument("--exe", default="", help="a published CouncilSite to use instead of publishing one (e.g. WORK/publish-rtr/CouncilSite.Cli from run.py)")
    a = ap.parse_args()

    os.makedirs(a.work, exist_ok=True)
    kinds = run.corpus_kinds(ap, a.corpus)
    scripts = run.reference_scripts(a.reference_scripts) if "reference" in kinds else None
    if a.exe:
        exe = a.exe
    else:
        print("Publishing CouncilSite (rtr)...", flush=True)
        exe = run.publish(run.snapshot(a.work), a.work, rtr=True)
    print(f"\nOne minutes file saved {a.edits} times, a second apart; rebuild time as the preview prints it.")
    print(f"{'corpus':<9} {'pages':>6} {'documents':>9} {'median ms':>9} {'fastest':>7} {'slowest':>7}  stages of the median rebuild")
    for kind in kinds:
        for pages in [int(p) for p in a.pages.split(",")]:
            site = os.path.join(a.work, f"preview-{kind}-{pages}")
            shutil.rmtree(site, ignore_errors=True)
            shutil.copytree(os.path.join(run.corpus(a.work, pages, a.seed, kind, scripts), "councilsite"), site)
            samples = sorted(measure(exe, site, a.edits))
            median = samples[len(samples) // 2]
            print(f"{kind:<9} {median[3]:>6} {pages:>9} {statistics.median(s[0] for s in samples):>9.0f} "
                  f"{samples[0][0]:>7} {samples[-1][0]:>7}  {median[1]} drawn; {median[2]}", flush=True)


if __name__ == "__main__":
    main()
