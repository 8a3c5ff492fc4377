#!/usr/bin/env bash
# Makes the self-contained single-file `councilsite` executables that a clerk without .NET
# downloads and runs: one file for each system, in artifacts/executables/<system>/ (ignored by
# git). Needs only the .NET 10 SDK: each system's .NET runtime comes from NuGet.
#
#   scripts/publish-executables.sh             all three: win-x64, osx-arm64, linux-x64
#   scripts/publish-executables.sh linux-x64   only the systems named
#
# The default theme is built into the program (CouncilSite.dll embeds themes/default), so the
# one file is all there is to copy. The program and .NET are compiled ahead of time together (a
# composite ReadyToRun image, the SDK's choice for a single file): the example site builds with
# half the CPU of a single file without it, for a file a third larger and a publish that takes
# minutes, not seconds (see docs/speed.md, "Installing councilsite").
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
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=none -o "$work"

  # The program must stand alone: any other file published beside it would be left behind by a
  # clerk who downloads only the executable.
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
