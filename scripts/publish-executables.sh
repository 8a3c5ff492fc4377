#!/usr/bin/env bash
# Makes the self-contained single-file `councilsite` executables that a clerk without .NET
# downloads and runs: one file for each system, in artifacts/executables/<system>/ (ignored by
# git). Needs only the .NET 10 SDK: each system's .NET runtime comes from NuGet.
#
#   scripts/publish-executables.sh             all three: win-x64, osx-arm64, linux-x64
#   scripts/publish-executables.sh linux-x64   only the systems named
#
# The default theme is built into the program (CouncilSite.dll embeds themes/default), so the
# one file is all there is to copy. CouncilSite's code is compiled ahead of time (ReadyToRun;
# .NET's own comes so already), which makes a build start faster for a few MB more; not as one
# composite image with .NET, the SDK's choice for a single file, which gained little more
# start-up for far longer publishing and a larger file (figures: docs/speed.md, "Installing
# `councilsite`: which way starts fastest").
set -euo pipefail

cd "$(dirname "$0")/.."

out=artifacts/executables
if [ "$#" -eq 0 ]; then
  set -- win-x64 osx-arm64 linux-x64
fi

for rid in "$@"; do
  case "$rid" in
    win-x64) suffix=.exe ;;
    osx-arm64 | linux-x64) suffix= ;;
    *)
      echo "publish-executables: unknown system '$rid': use win-x64, osx-arm64 or linux-x64" >&2
      exit 2
      ;;
  esac

  work="$out/.publish-$rid"
  rm -rf "$work" "${out:?}/$rid"
  echo "== Publishing $rid"
  dotnet publish src/CouncilSite.Cli -c Release -r "$rid" --self-contained true \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=false \
    -p:DebugType=none -o "$work"

  # The program must stand alone: any other file published beside it would be left behind by a
  # clerk who downloads only the executable. The one exception is the module that runs ASP.NET
  # Core inside Microsoft's IIS web server, published on Windows: the preview never runs there.
  rm -f "$work/aspnetcorev2_inprocess.dll"
  others=$(find "$work" -mindepth 1 ! -name "CouncilSite.Cli$suffix")
  if [ -n "$others" ]; then
    echo "publish-executables: $rid published more than one file:" >&2
    echo "$others" >&2
    exit 1
  fi

  mkdir -p "$out/$rid"
  mv "$work/CouncilSite.Cli$suffix" "$out/$rid/councilsite$suffix"
  rm -rf "$work"
  echo "$out/$rid/councilsite$suffix: $(du -m "$out/$rid/councilsite$suffix" | cut -f1) MB"
done
