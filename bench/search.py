#!/usr/bin/env python3
"""Search benchmark: CouncilSite's search index beside Pagefind's, over the same built site.

It builds the corpus (generate.py, cached) with CouncilSite, runs Pagefind (npm package
`pagefind`, installed into the scratch folder) over a copy of the same output, and reports for
both tools: the index on disk (files, bytes, bytes gzipped), the time to make it, and, for each
query, what Chromium really downloads when the query is typed into the search page, as a host
would serve it gzipped (each file gzipped at level 6), and the time from the query's last file
arriving to the results shown. Queries are driven by bench/SearchBench (Playwright with Debian's
Chromium), each in a new browser context, so nothing is cached.

Usage: python3 bench/search.py [--pages 10000] [--builds 3] [--runs 5] [--work /tmp/councilsite-bench]
                               [--tool COMMAND] [--without COMMAND] [--query Q ...] [--out DIR] [--cpus 0-1]
  --tool      a published or built CLI to benchmark (a .dll runs with dotnet);
              default: the working tree, published as run.py's ReadyToRun build
  --without   the same CLI without search (e.g. main's, published), to time the build without it
See bench/README.md.
"""
import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

import run

PAGEFIND = "pagefind@1.6.0"
QUERIES = ["allotment", "precept", "vexatious", "council", "play area", "dog fouling", "village hall roof",
           "grass cutting contract"]
STAGES = re.compile(r"(\w+) (\d+) ms")
OUR_PAGE = "search/index.html"
PAGEFIND_PAGE = "pagefind-search/index.html"
# Files that run the search rather than hold the index; the rest a query loads is the index.
CODE = re.compile(r"(^|/)(search\.js|pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$")
# Where each tool's index lives: of the files a visit loads, those below these (but code and pages) are its index.
INDEX_FOLDERS = ("search/", "pagefind/")
# Pagefind's prebuilt interfaces and the language bundles it ships beside the index, which a site may not load.
PAGEFIND_EXTRAS = re.compile(r"^pagefind/(pagefind-(component-|modular-)?ui\.(js|css)|pagefind-highlight\.js|wasm\.unknown\.pagefind)$")


def gzipped(path):
    with open(path, "rb") as f:
        return len(gzip.compress(f.read(), compresslevel=6, mtime=0))


def weigh(site, files):
    """(count, bytes, bytes gzipped at level 6) of files relative to the site's folder."""
    paths = [os.path.join(site, f) for f in files]
    return len(paths), sum(os.path.getsize(p) for p in paths), sum(gzipped(p) for p in paths)


def files_under(site, folder):
    found = []
    for root, _, names in os.walk(os.path.join(site, folder)):
        found += [os.path.relpath(os.path.join(root, n), site).replace(os.sep, "/") for n in names]
    return sorted(found)


def our_index(site):
    return [f for f in files_under(site, "search") if not f.endswith(".html") and not CODE.search(f)]


def pagefind_index(site):
    return [f for f in files_under(site, "pagefind") if not CODE.search(f) and not PAGEFIND_EXTRAS.match(f)]


def pagefind_command(work):
    """Pagefind's own binary from npm, installed once into the scratch folder."""
    prefix = os.path.join(work, "pagefind")
    binary = os.path.join(prefix, "node_modules", ".bin", "pagefind")
    if not os.path.exists(binary):
        print(f"Installing {PAGEFIND} from npm...", flush=True)
        os.makedirs(prefix, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund", PAGEFIND], check=True)
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    print(f"Pagefind: {version}")
    return binary


def searchbench(work):
    """bench/SearchBench, built into the scratch folder."""
    out = os.path.join(work, "searchbench")
    subprocess.run(["dotnet", "build", os.path.join(run.HERE, "SearchBench"), "-c", "Release", "-o", out,
                    "--nologo", "-v", "quiet"], check=True)
    return os.path.join(out, "SearchBench.dll")


def command_of(spec):
    return ["dotnet", spec] if spec.endswith(".dll") else [spec]


def remove_output(output):
    """A built site and the working folder CouncilSite keeps beside it."""
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(os.path.join(os.path.dirname(output), f".{os.path.basename(output)}.councilsite"), ignore_errors=True)


def time_builds(named_commands, build_args, out, builds, cpus):
    """Median (wall, CPU, peak MB, stages) of each command's clean builds, alternating; keeps the last output."""
    samples = {name: [] for name in named_commands}
    for i in range(builds):
        for name, command in named_commands.items():
            output = os.path.join(out, f"out-search-{name}-{i}")
            wall, cpu, rss, last = run.measure([*command, *build_args(output)], output, cpus)
            samples[name].append((wall, cpu, rss, {stage: int(ms) for stage, ms in STAGES.findall(last[0])}))
            if i < builds - 1:
                remove_output(output)
    medians = {}
    for name, values in samples.items():
        stages = {stage: statistics.median(v[3].get(stage, 0) for v in values) for stage in values[0][3]}
        medians[name] = (*(statistics.median(v[i] for v in values) for i in range(3)), stages)
    return medians


def measure_queries(bench, site, page, queries, runs, results):
    subprocess.run(["dotnet", bench, "--site", site, "--page", page, "--runs", str(runs), "--out", results, *queries], check=True)
    with open(results) as f:
        return json.load(f)


def query_rows(site, measured):
    """Per query: results, index and code files with their bytes, the page's own files, and the median time to show."""
    rows = []
    for query in measured:
        first = query["Runs"][0]
        loaded = first["PageFiles"] + first["QueryFiles"]
        elsewhere = [f for f in loaded if "://" in f]
        if elsewhere:
            sys.exit(f"the search page asked another host for: {', '.join(elsewhere)}")
        # The index a query needs, whether the page loads it on opening (our manifest) or on the query.
        index = [f for f in loaded if f.startswith(INDEX_FOLDERS) and not CODE.search(f) and not f.endswith(".html")]
        code = [f for f in loaded if CODE.search(f)]
        times = [r["ShownAfterLastFileMs"] for r in query["Runs"] if r["ShownAfterLastFileMs"] is not None]
        rows.append(dict(query=query["Query"], status=first["Status"], index=weigh(site, index), code=weigh(site, code),
                         total=weigh(site, loaded), shown=(statistics.median(times), min(times), max(times)) if times else None))
    return rows


def kb(n):
    return f"{n / 1024:,.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10000, help="corpus size in documents (default 10000)")
    ap.add_argument("--builds", type=int, default=3, help="timed clean builds per tool (default 3)")
    ap.add_argument("--runs", type=int, default=5, help="times each query is run in a new browser context (default 5)")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "councilsite-bench"), help="scratch folder")
    ap.add_argument("--out", default="", help="folder for the built sites (default: the scratch folder)")
    ap.add_argument("--tool", default="", help="CouncilSite CLI to benchmark (default: publish the working tree, ReadyToRun)")
    ap.add_argument("--without", default="", help="a CouncilSite CLI without search, to time the build without it")
    ap.add_argument("--query", action="append", default=[], help=f"a query, repeatable (default: {', '.join(QUERIES)})")
    ap.add_argument("--seed", type=int, default=20241126)
    ap.add_argument("--cpus", default="", help="pin every build to these CPUs with taskset, e.g. 0-1")
    a = ap.parse_args()
    queries = a.query or QUERIES

    os.makedirs(a.work, exist_ok=True)
    out = a.out or a.work
    os.makedirs(out, exist_ok=True)
    for entry in os.listdir(out):
        if entry.startswith(("out-search-", ".out-search-")):
            path = os.path.join(out, entry)
            shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
    pagefind = pagefind_command(a.work)
    bench = searchbench(a.work)
    if a.tool:
        tool = command_of(a.tool)
    else:
        print("Publishing CouncilSite (rtr)...", flush=True)
        tool = [run.publish(run.snapshot(a.work), a.work, rtr=True)]
    folder = os.path.join(run.corpus(a.work, a.pages, a.seed), "councilsite")

    tools = {"with": tool, **({"without": command_of(a.without)} if a.without else {})}
    print(f"Timing {a.builds} clean builds of {a.pages} documents...", flush=True)
    builds = time_builds(tools, lambda output: ["build", folder, "--output", output, "--today", run.TODAY], out, a.builds, a.cpus)
    ours = os.path.join(out, f"out-search-with-{a.builds - 1}")

    # Pagefind indexes a copy (hard links: it only adds its own folder) of the very same output,
    # reading each page's <main> as CouncilSite's index does, and is timed the same way.
    theirs = os.path.join(out, "out-search-pagefind")
    subprocess.run(["cp", "-al", ours, theirs], check=True)
    shutil.copytree(os.path.join(run.HERE, "SearchBench", "pagefind"), os.path.join(theirs, "pagefind-search"))
    pagefind_times = []
    for _ in range(a.builds):
        wall, cpu, rss, _ = run.measure([pagefind, "--site", theirs, "--root-selector", "main", "--quiet"],
                                        os.path.join(theirs, "pagefind"), a.cpus)
        pagefind_times.append((wall, cpu, rss))
    pagefind_time = tuple(statistics.median(t[i] for t in pagefind_times) for i in range(3))

    print(f"Running {len(queries)} queries {a.runs} times in Chromium on each site...", flush=True)
    our_rows = query_rows(ours, measure_queries(bench, ours, OUR_PAGE, queries, a.runs, os.path.join(a.work, "search-ours.json")))
    their_rows = query_rows(theirs, measure_queries(bench, theirs, PAGEFIND_PAGE, queries, a.runs,
                                                    os.path.join(a.work, "search-pagefind.json")))

    wall, cpu, rss, stages = builds["with"]
    print()
    print(f"## {a.pages:,} documents, {sum(1 for _ in files_under(ours, '')):,} files built; {os.cpu_count()} CPUs"
          + (f", builds pinned to {a.cpus}" if a.cpus else ""))
    print()
    print("| index | files | MB on disk | MB gzipped | time to make it |")
    print("|---|---:|---:|---:|---|")
    count, raw, gz = weigh(ours, our_index(ours))
    # The index is made inside the build's model and render stages, so it is timed as the whole build, with and without search.
    made = f"in the build: {wall:.2f} s wall, {cpu:.2f} s CPU"
    if "without" in builds:
        without = builds["without"][0]
        made += f", against {without:.2f} s without search ({wall / without - 1:+.0%})"
    print(f"| CouncilSite | {count:,} | {raw / 2**20:.1f} | {gz / 2**20:.1f} | {made} |")
    count, raw, gz = weigh(theirs, pagefind_index(theirs))
    print(f"| Pagefind | {count:,} | {raw / 2**20:.1f} | {gz / 2**20:.1f} | {pagefind_time[0]:.2f} s wall, "
          f"{pagefind_time[1]:.2f} s CPU, {pagefind_time[2]:.0f} MB peak, after the build ({pagefind_time[0] / wall:.0%} of it) |")
    print()
    print(f"Build medians of {a.builds}: " + "; ".join(
        f"{name} search {w:.2f} s wall, {c:.2f} s CPU, {r:.0f} MB ({', '.join(f'{k} {v:.0f} ms' for k, v in s.items())})"
        for name, (w, c, r, s) in builds.items()))
    print()
    print("What Chromium downloads for a query typed into the search page, KB gzipped (files): the index the visit loads "
          f"(on opening the page and for the query), the search code, everything from opening the page; and ms from the last file to the results shown "
          f"(median of {a.runs}, fastest-slowest).")
    print()
    print("| query | tool | results | index | code | total with page | shown after last file, ms |")
    print("|---|---|---|---:|---:|---:|---:|")
    for mine, peer in zip(our_rows, their_rows):
        for name, row in (("CouncilSite", mine), ("Pagefind", peer)):
            shown = f"{row['shown'][0]:.0f} ({row['shown'][1]:.0f}-{row['shown'][2]:.0f})" if row["shown"] else ""
            print(f"| {row['query']} | {name} | {row['status']} | {kb(row['index'][2])} ({row['index'][0]}) | "
                  f"{kb(row['code'][2])} ({row['code'][0]}) | {kb(row['total'][2])} ({row['total'][0]}) | {shown} |")
    print()
    words = {len(r["query"].split()): [] for r in our_rows}
    for r in our_rows:
        words[len(r["query"].split())].append(r["index"][2])
    limits = {1: 100, 2: 300, 3: 300}
    for n, sizes in sorted(words.items()):
        limit = limits.get(n, 300)
        print(f"Target, {n}-word queries: index at most {limit} KB gzipped; largest {kb(max(sizes))} KB: "
              + ("met" if max(sizes) <= limit * 1024 else "NOT met"))
    slowest = max(r["shown"][0] for r in our_rows if r["shown"])
    print(f"Target, results within 150 ms of the last file: slowest median {slowest:.0f} ms: " + ("met" if slowest <= 150 else "NOT met"))
    if "without" in builds:
        added = wall / builds["without"][0] - 1
        print(f"Target, search adds at most 10% to the build's wall time: {added:+.0%}: " + ("met" if added <= 0.10 else "NOT met"))
    for i in range(a.builds):
        remove_output(os.path.join(out, f"out-search-without-{i}"))


if __name__ == "__main__":
    main()
