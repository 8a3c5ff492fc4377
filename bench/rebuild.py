#!/usr/bin/env python3
"""Rebuild benchmark: a clerk's second build into the same output, with nothing or one file changed.

The clean-build benchmark (run.py) writes every build into a new folder; a clerk rebuilds into the
folder the last build made, where the writer's work is deciding what changed, putting the new site
in place and tidying the old one. This script builds each given CouncilSite once into its own
output, then rebuilds it --runs times, alternating tools: first with nothing changed, then with one
news item edited before each rebuild. It prints the median wall time and the median of the stages
each build reports ("render" includes writing each file into the new site, "write" putting it in place).

Usage: python3 bench/rebuild.py [--pages 10000] [--runs 3] [--tool NAME=COMMAND ...] [--out DIR]
  --tool before=/tmp/cli-before/CouncilSite.Cli   a published or built CLI (a .dll runs with dotnet);
                                                  default: the working tree, published as run.py's jit build
See bench/README.md.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import run

STAGES = re.compile(r"(\w+) (\d+) ms")


def rebuild(command, corpus, output):
    started = time.perf_counter()
    done = subprocess.run([*command, "build", corpus, "--output", output, "--today", run.TODAY], capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-4000:]}")
    summary = done.stdout.strip().splitlines()[-1]
    return wall, {name: int(ms) for name, ms in STAGES.findall(summary)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tool", action="append", default=[], help="NAME=COMMAND, repeatable")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "councilsite-bench"))
    ap.add_argument("--out", default="", help="folder for the built sites (default: the scratch folder)")
    ap.add_argument("--seed", type=int, default=20241126)
    a = ap.parse_args()

    os.makedirs(a.work, exist_ok=True)
    out = a.out or a.work
    os.makedirs(out, exist_ok=True)
    tools = {}
    for spec in a.tool:
        name, _, command = spec.partition("=")
        tools[name] = ["dotnet", command] if command.endswith(".dll") else [command]
    if not tools:
        tools["working-tree"] = [run.publish(run.snapshot(a.work), a.work, rtr=False)]

    folder = run.corpus(a.work, a.pages, a.seed)
    site = os.path.join(a.work, f"rebuild-site-{a.pages}")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(os.path.join(folder, "councilsite"), site)
    news = os.path.join(site, "news", sorted(os.listdir(os.path.join(site, "news")))[0])
    outputs = {name: os.path.join(out, f"out-rebuild-{name}") for name in tools}
    run.clear_outputs(out)
    for name, command in tools.items():
        rebuild(command, site, outputs[name])

    print(f"Rebuilds of {a.pages} documents into {out}, median of {a.runs}, alternating tools.")
    print(f"{'change':<10} {'tool':<16} {'wall s':>7} {'render ms':>10} {'write ms':>9}")
    for change in ("none", "one file"):
        samples = {name: [] for name in tools}
        for i in range(a.runs):
            for name, command in tools.items():
                if change == "one file":
                    with open(news, "a") as f:
                        f.write(f"\nEdited {name} {i}.\n")
                samples[name].append(rebuild(command, site, outputs[name]))
        for name, values in samples.items():
            wall = statistics.median(v[0] for v in values)
            render = statistics.median(v[1].get("render", 0) for v in values)
            write = statistics.median(v[1].get("write", 0) for v in values)
            print(f"{change:<10} {name:<16} {wall:>7.2f} {render:>10.0f} {write:>9.0f}")
    run.clear_outputs(out)


if __name__ == "__main__":
    main()
