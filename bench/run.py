#!/usr/bin/env python3
"""Side-by-side build benchmark: CouncilSite against Hugo over the same council content.

For each corpus size and each corpus (own: generate.py; reference: the shared scripts of issue 17,
gen_corpus.py and to_councilsite.py; both cached by size and seed), it publishes CouncilSite as a
Release build (rtr: self-contained with composite ReadyToRun, as docs/speed.md installs it; jit:
framework-dependent without ReadyToRun), then runs clean builds of every tool in turn,
alternating, several times, each under /usr/bin/time. It prints the median wall time, CPU time
(user + sys) and peak memory of each tool, and the ratios CouncilSite / Hugo. --broken-links also
times the failing build of the reference corpus with its links left in Hugo's form.

Usage: python3 bench/run.py [--pages 1000,10000] [--runs 5] [--work /tmp/councilsite-bench]
                            [--variants rtr,jit] [--corpus own,reference] [--broken-links]
                            [--reference-scripts PATH] [--seed S] [--cpus 0-1] [--out /dev/shm/councilsite-bench]
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
from typing import NamedTuple

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


def reference_scripts(given):
    """The folder of the shared reference scripts: the one given, else the first of ../shared/bench beside the repository and /work/shared/bench."""
    candidates = [given] if given else [os.path.normpath(os.path.join(REPO, "..", "shared", "bench")), "/work/shared/bench"]
    for folder in candidates:
        if all(os.path.isfile(os.path.join(folder, name)) for name in ("gen_corpus.py", "to_councilsite.py")):
            return os.path.abspath(folder)
    sys.exit(f"The reference corpus's scripts (gen_corpus.py and to_councilsite.py) are not in {' nor in '.join(candidates)}; "
             "give their folder with --reference-scripts PATH, or leave the reference corpus out with --corpus own.")


def corpus_kinds(ap, given):
    """The corpora named by --corpus, each once, in the order given; a usage error for any other name."""
    kinds = list(dict.fromkeys(k for k in given.split(",") if k))
    if not kinds or set(kinds) - {"own", "reference"}:
        ap.error(f"--corpus takes own, reference or both (own,reference), not {given!r}")
    return kinds


def files_under(folder):
    return sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names)


def digest(base, paths):
    """What a corpus is made from, so other scripts here can change without regenerating it."""
    made_from = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            made_from.update(os.path.relpath(path, base).encode() + f.read())
    return made_from.hexdigest()[:16]


def copy_hugo_files(layout, project):
    """Hugo's config and layouts into the project, its stylesheet into static/; copied without their modes (the shared folder is read-only, the copy must not be)."""
    for path in files_under(layout):
        name = os.path.relpath(path, layout)
        target = os.path.join(project, "static", name) if name == "style.css" else os.path.join(project, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(path, target)


def corpus(work, pages, seed, kind="own", scripts=None):
    """The folder of one corpus, made once and kept until the scripts that make it change. Both kinds hold
    councilsite/ (the site folder CouncilSite builds) and hugo/ (the Hugo project with the same Markdown);
    the reference corpus also councilsite-links/, converted with --keep-links: its links are broken."""
    folder = os.path.join(work, f"corpus-{pages}-{seed}" if kind == "own" else f"{kind}-{pages}-{seed}")
    stamp = os.path.join(folder, ".stamp")
    if kind == "own":
        want = digest(HERE, [os.path.join(HERE, "generate.py")] + files_under(os.path.join(HERE, "hugo")))
    else:
        want = digest(scripts, [os.path.join(scripts, "gen_corpus.py"), os.path.join(scripts, "to_councilsite.py")]
                      + files_under(os.path.join(scripts, "hugo")))
    if os.path.exists(stamp) and open(stamp).read() == want:
        return folder
    # Everything goes, the Welsh copies made from an older corpus included.
    shutil.rmtree(folder, ignore_errors=True)
    if kind == "own":
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(pages), folder, "--seed", str(seed)], check=True)
    else:
        hugo = os.path.join(folder, "hugo")
        subprocess.run([sys.executable, os.path.join(scripts, "gen_corpus.py"), str(pages), hugo, "--seed", str(seed)], check=True)
        copy_hugo_files(os.path.join(scripts, "hugo"), hugo)
        convert = [sys.executable, os.path.join(scripts, "to_councilsite.py"), hugo]
        subprocess.run([*convert, os.path.join(folder, "councilsite")], check=True)
        subprocess.run([*convert, os.path.join(folder, "councilsite-links"), "--keep-links"], check=True)
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


def measure(command, output, cpus, expect=0):
    """One clean build into a folder not used before (one left from an earlier benchmark is removed first, untimed).
    Any exit code but the one expected stops the benchmark."""
    shutil.rmtree(output, ignore_errors=True)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times:
        prefix = ["taskset", "-c", cpus] if cpus else []
        run = subprocess.run(prefix + ["/usr/bin/time", "-o", times.name, "-f", "%e %U %S %M", *command],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if run.returncode != expect:
            sys.exit(f"failed ({run.returncode}, expected {expect}): {' '.join(command)}\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}")
        wall, user, system, rss_kb = open(times.name).read().split()[-4:]
    # A failed build says why last on stderr.
    said = run.stderr if run.returncode else run.stdout
    return float(wall), float(user) + float(system), int(rss_kb) / 1024, said.strip().splitlines()[-1:] or [""]


class Build(NamedTuple):
    command: list
    output: str
    # For a build expected to fail (exit code 1): the name of the clean build it is compared with.
    fails_beside: str = ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--runs", type=int, default=5, help="measured runs per tool, corpus and size, after one warm-up (default 5)")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "councilsite-bench"), help="scratch folder")
    ap.add_argument("--variants", default="rtr,jit", help="CouncilSite builds to compare: rtr (ReadyToRun), jit (default rtr,jit)")
    ap.add_argument("--corpus", default="own,reference", help="corpora to build: own (generate.py), reference (issue 17's shared scripts) (default own,reference)")
    ap.add_argument("--broken-links", action="store_true", help="also time the failing build of the reference corpus with its links left in Hugo's form")
    ap.add_argument("--reference-scripts", default="", help="folder of gen_corpus.py, to_councilsite.py and hugo/ (default: ../shared/bench beside the repository, else /work/shared/bench)")
    ap.add_argument("--seed", type=int, default=20241126)
    ap.add_argument("--cpus", default="", help="pin every build to these CPUs with taskset, e.g. 0-1")
    ap.add_argument("--bilingual", type=int, default=0, help="also build each corpus in English and Welsh with this percent of its Markdown translated, e.g. 10")
    ap.add_argument("--out", default="", help="folder for the built sites (default: the scratch folder), e.g. /dev/shm/councilsite-bench")
    a = ap.parse_args()
    kinds = corpus_kinds(ap, a.corpus)
    if a.broken_links and "reference" not in kinds:
        ap.error("--broken-links builds the reference corpus: add it with --corpus own,reference or --corpus reference")
    scripts = reference_scripts(a.reference_scripts) if "reference" in kinds else None

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
        for kind in kinds:
            folder = corpus(a.work, pages, a.seed, kind, scripts)
            builds = plan(folder, kind, tools, out, a)
            samples = {name: [] for name in builds(0)}
            for run in range(a.runs + 1):
                for name, build in builds(run).items():
                    wall, cpu, rss, last = measure(build.command, build.output, a.cpus, expect=1 if build.fails_beside else 0)
                    if run == 0:
                        if name != "hugo":
                            print(f"  {pages} pages, {kind}, {name}: {last[0]}", flush=True)
                        continue
                    samples[name].append((wall, cpu, rss))
                if run > 0:
                    print(f"  {pages} pages, {kind}, run {run}/{a.runs} done", flush=True)
            clear_outputs(out)

            medians = {name: tuple(statistics.median(s[i] for s in values) for i in range(3)) for name, values in samples.items()}
            results.append((pages, kind, medians, {name: b.fails_beside for name, b in builds(0).items() if b.fails_beside}))
    report(results, out, a)


def plan(folder, kind, tools, out, a):
    """The builds of one round, by name, each into a folder of its own, deleted only after the last round:
    an ext4 disk without a journal looks past every inode deleted in the last minute or so each time it
    makes a file, so deleting the last build's 28,000 files just before the next made the disk's share
    grow run after run, unevenly between the tools (see README.md)."""
    def builds(run):
        def councilsite(name, exe, site, fails_beside=""):
            target = os.path.join(out, f"out-{name}-{run}")
            return Build([exe, "build", site, "--output", target, "--today", TODAY], target, fails_beside)
        made = {name: councilsite(name, exe, os.path.join(folder, "councilsite")) for name, exe in tools.items()}
        if a.bilingual:
            site = bilingual(folder, a.bilingual)
            made.update({f"{name}-cy{a.bilingual}": councilsite(f"{name}-cy", exe, site) for name, exe in tools.items()})
        if a.broken_links and kind == "reference":
            made.update({f"{name}-links": councilsite(f"{name}-links", exe, os.path.join(folder, "councilsite-links"), fails_beside=name)
                         for name, exe in tools.items()})
        hugo_out = os.path.join(out, f"out-hugo-{run}")
        made["hugo"] = Build(["hugo", "--quiet", "--source", os.path.join(folder, "hugo"), "--destination", hugo_out], hugo_out)
        return made
    return builds


def report(results, out, a):
    print()
    print(f"Clean builds into {out}, median of {a.runs} runs after 1 warm-up, alternating tools; {os.cpu_count()} CPUs"
          + (f", pinned to {a.cpus}" if a.cpus else "") + ".")
    print(f"{'pages':>6}  {'corpus':<9} {'tool':<20} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}   {'wall/Hugo':>9} {'CPU/Hugo':>8} {'mem/Hugo':>8}")
    for pages, kind, medians, failing in results:
        hugo = medians["hugo"]
        for name, (wall, cpu, rss) in medians.items():
            if name in failing:
                continue
            ratio = "" if name == "hugo" else f"{wall / hugo[0]:>9.2f} {cpu / hugo[1]:>8.2f} {rss / hugo[2]:>8.2f}"
            print(f"{pages:>6}  {kind:<9} {name:<20} {wall:>7.2f} {cpu:>7.2f} {rss:>8.0f}   {ratio}")
    failed = [(pages, name, medians[name], medians[clean]) for pages, _, medians, failing in results for name, clean in failing.items()]
    if failed:
        print()
        print("Failed builds: the reference corpus converted with --keep-links (its links in Hugo's form, all broken;"
              " exit code 1 expected), beside the clean build of the same tool. Issue 17's target: failed/clean wall at most 2.")
        print(f"{'pages':>6}  {'tool':<26} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}   {'clean: wall s':>13} {'CPU s':>7} {'peak MB':>8}"
              f"   {'failed/clean: wall':>18} {'CPU':>5} {'mem':>5}")
        for pages, name, (wall, cpu, rss), (clean_wall, clean_cpu, clean_rss) in failed:
            print(f"{pages:>6}  {name:<26} {wall:>7.2f} {cpu:>7.2f} {rss:>8.0f}   {clean_wall:>13.2f} {clean_cpu:>7.2f} {clean_rss:>8.0f}"
                  f"   {wall / clean_wall:>18.2f} {cpu / clean_cpu:>5.2f} {rss / clean_rss:>5.2f}")


if __name__ == "__main__":
    main()
