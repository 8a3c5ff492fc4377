#!/usr/bin/env python3
"""Side-by-side build benchmark: CouncilSite against Hugo over the same council content.

For each corpus size it generates the corpus (generate.py, cached by size and seed), publishes
CouncilSite as a Release build (rtr: self-contained with composite ReadyToRun, as docs/speed.md
installs it; jit: framework-dependent without ReadyToRun), then runs clean builds of every
tool in turn, alternating, several times, each under /usr/bin/time. It prints the median wall
time, CPU time (user + sys) and peak memory of each tool, and the ratios CouncilSite / Hugo.

Usage: python3 bench/run.py [--pages 1000,10000] [--runs 5] [--work /tmp/councilsite-bench]
                            [--variants rtr,jit] [--seed S] [--cpus 0-1] [--out /dev/shm/councilsite-bench]
See bench/README.md.
"""
import argparse
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TODAY = "2026-11-27"


def ensure_tools():
    missing = [pkg for tool, pkg in (("hugo", "hugo"), ("/usr/bin/time", "time")) if shutil.which(tool) is None]
    if missing:
        print(f"Installing {', '.join(missing)} from Debian...", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)
    version = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=True).stdout.strip()
    print(f"Hugo: {version}")


def generator_digest():
    """What a corpus is made from (the generator and the Hugo layout), so other scripts here can change without regenerating it."""
    digest = hashlib.sha256()
    inputs = [os.path.join(HERE, "generate.py")] + sorted(
        os.path.join(root, name) for root, _, files in os.walk(os.path.join(HERE, "hugo")) for name in files)
    for path in inputs:
        with open(path, "rb") as f:
            digest.update(os.path.relpath(path, HERE).encode() + f.read())
    return digest.hexdigest()[:16]


def corpus(work, pages, seed):
    folder = os.path.join(work, f"corpus-{pages}-{seed}")
    stamp = os.path.join(folder, ".stamp")
    want = generator_digest()
    if not (os.path.exists(stamp) and open(stamp).read() == want):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(pages), folder, "--seed", str(seed)], check=True)
        with open(stamp, "w") as f:
            f.write(want)
    return folder


def snapshot(work):
    """A copy of the sources to publish from, so the benchmark's restore and obj/ never touch the working tree's."""
    source = os.path.join(work, "source")
    shutil.rmtree(source, ignore_errors=True)
    ignore = shutil.ignore_patterns("bin", "obj")
    for name in ("src", "themes"):
        shutil.copytree(os.path.join(REPO, name), os.path.join(source, name), ignore=ignore)
    shutil.copy(os.path.join(REPO, "Directory.Build.props"), source)
    return source


def bilingual(folder, percent):
    """A copy of a corpus's site in English and Welsh, with a Welsh translation beside every
    (100/percent)th Markdown file in sorted order, so the same files are translated every run."""
    source = os.path.join(folder, "councilsite")
    target = os.path.join(folder, f"councilsite-cy{percent}")
    if os.path.isdir(target):
        return target
    shutil.copytree(source, target + ".part")
    site = os.path.join(target + ".part", "site.yml")
    with open(site, encoding="utf-8") as f:
        text = f.read()
    with open(site, "w", encoding="utf-8") as f:
        f.write(re.sub(r"^language: .*$", "languages: [en, cy]", text, flags=re.M))
    files = sorted(os.path.join(d, n) for d, _, names in os.walk(target + ".part") for n in names if n.endswith(".md"))
    step = max(1, round(100 / percent))
    for path in files[::step]:
        with open(path, encoding="utf-8") as f:
            body = f.read()
        with open(path[:-3] + ".cy.md", "w", encoding="utf-8") as f:
            # The original's text under a Welsh first paragraph: a translation of the same length.
            head, sep, rest = body.partition("\n---\n") if body.startswith("---\n") else ("", "", body)
            f.write(f"{head}{sep}Dyma'r cyfieithiad Cymraeg.\n\n{rest}")
    os.rename(target + ".part", target)
    return target


def publish(source, work, rtr):
    out = os.path.join(work, "publish-rtr" if rtr else "publish-jit")
    shutil.rmtree(out, ignore_errors=True)
    # The ReadyToRun build is published as docs/speed.md tells clerks to install it: self-contained,
    # with .NET and CouncilSite compiled ahead of time into one composite image.
    rtr_args = ["--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true"] if rtr \
        else ["--self-contained", "false", "-p:PublishReadyToRun=false"]
    subprocess.run(["dotnet", "publish", os.path.join(source, "src", "CouncilSite.Cli"), "-c", "Release", "-r", "linux-x64",
                    *rtr_args, "-o", out, "--nologo", "-v", "quiet"], check=True)
    return os.path.join(out, "CouncilSite.Cli")


def clear_outputs(out):
    """Deletes the built sites (and CouncilSite's manifests beside them) once a size's runs are done."""
    for entry in os.listdir(out):
        path = os.path.join(out, entry)
        if entry.startswith(("out-", ".out-")):
            shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)


def measure(command, output, cpus):
    """One clean build into a folder not used before (one left from an earlier benchmark is removed first, untimed)."""
    shutil.rmtree(output, ignore_errors=True)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times:
        prefix = ["taskset", "-c", cpus] if cpus else []
        run = subprocess.run(prefix + ["/usr/bin/time", "-o", times.name, "-f", "%e %U %S %M", *command],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            sys.exit(f"failed ({run.returncode}): {' '.join(command)}\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}")
        wall, user, system, rss_kb = open(times.name).read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss_kb) / 1024, run.stdout.strip().splitlines()[-1:] or [""]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--runs", type=int, default=5, help="measured runs per tool and size, after one warm-up (default 5)")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "councilsite-bench"), help="scratch folder")
    ap.add_argument("--variants", default="rtr,jit", help="CouncilSite builds to compare: rtr (ReadyToRun), jit (default rtr,jit)")
    ap.add_argument("--seed", type=int, default=20241126)
    ap.add_argument("--cpus", default="", help="pin every build to these CPUs with taskset, e.g. 0-1")
    ap.add_argument("--bilingual", type=int, default=0, help="also build each corpus in English and Welsh with this percent of its Markdown translated, e.g. 10")
    ap.add_argument("--out", default="", help="folder for the built sites (default: the scratch folder), e.g. /dev/shm/councilsite-bench")
    a = ap.parse_args()

    os.makedirs(a.work, exist_ok=True)
    out = a.out or a.work
    os.makedirs(out, exist_ok=True)
    clear_outputs(out)
    ensure_tools()
    tools = {}
    source = snapshot(a.work)
    for variant in [v for v in a.variants.split(",") if v]:
        print(f"Publishing CouncilSite ({variant})...", flush=True)
        tools[f"councilsite-{variant}"] = publish(source, a.work, variant == "rtr")

    results = []
    for pages in [int(p) for p in a.pages.split(",")]:
        folder = corpus(a.work, pages, a.seed)
        # Each build writes into a folder of its own, deleted only after the last run: an ext4 disk
        # without a journal looks past every inode deleted in the last minute or so each time it
        # makes a file, so deleting the last build's 28,000 files just before the next made the
        # disk's share grow run after run, unevenly between the tools (see README.md).
        def commands(run):
            made = {name: ([exe, "build", os.path.join(folder, "councilsite"), "--output", os.path.join(out, f"out-{name}-{run}"),
                            "--today", TODAY], os.path.join(out, f"out-{name}-{run}")) for name, exe in tools.items()}
            if a.bilingual:
                site = bilingual(folder, a.bilingual)
                for name, exe in tools.items():
                    target = os.path.join(out, f"out-{name}-cy-{run}")
                    made[f"{name}-cy{a.bilingual}"] = ([exe, "build", site, "--output", target, "--today", TODAY], target)
            hugo_out = os.path.join(out, f"out-hugo-{run}")
            made["hugo"] = (["hugo", "--quiet", "--source", os.path.join(folder, "hugo"), "--destination", hugo_out], hugo_out)
            return made

        samples = {name: [] for name in commands(0)}
        for run in range(a.runs + 1):
            for name, (command, output) in commands(run).items():
                wall, cpu, rss, last = measure(command, output, a.cpus)
                if run == 0:
                    if name != "hugo":
                        print(f"  {pages} pages, {name}: {last[0]}", flush=True)
                    continue
                samples[name].append((wall, cpu, rss))
            if run > 0:
                print(f"  {pages} pages, run {run}/{a.runs} done", flush=True)
        clear_outputs(out)

        medians = {name: tuple(statistics.median(s[i] for s in values) for i in range(3)) for name, values in samples.items()}
        results.append((pages, medians))

    print()
    print(f"Clean builds into {out}, median of {a.runs} runs after 1 warm-up, alternating tools; {os.cpu_count()} CPUs"
          + (f", pinned to {a.cpus}" if a.cpus else "") + ".")
    print(f"{'pages':>6}  {'tool':<20} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}   {'wall/Hugo':>9} {'CPU/Hugo':>8} {'mem/Hugo':>8}")
    for pages, medians in results:
        hugo = medians["hugo"]
        for name, (wall, cpu, rss) in medians.items():
            ratio = "" if name == "hugo" else f"{wall / hugo[0]:>9.2f} {cpu / hugo[1]:>8.2f} {rss / hugo[2]:>8.2f}"
            print(f"{pages:>6}  {name:<20} {wall:>7.2f} {cpu:>7.2f} {rss:>8.0f}   {ratio}")


if __name__ == "__main__":
    main()
