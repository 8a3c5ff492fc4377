using System.Collections.Concurrent;
using CouncilSite.Addresses;
using CouncilSite.Diagnostics;

namespace CouncilSite.Rendering.Markdown;

/// <summary>A link, image or raw HTML address that leads nowhere, where it is (1-based line and column).</summary>
/// <param name="What">"link", "image" or "address" (in raw HTML), as the message names it.</param>
public sealed record BrokenLinkAt(string File, int Line, int Column, string Url, string What);

/// <summary>
/// The links that lead nowhere, gathered while the texts are checked side by side and reported
/// once they all are, in the order the messages are listed. Looking for the nearest real address
/// to a misspelt one is most of a broken link's cost; a folder moved over from another system can
/// have a broken link on every page, so the nearest is looked for only for the first
/// <see cref="Suggested"/> of a build (more than are printed, <see cref="MessageSummary.Limit"/>):
/// the rest get the cheap corrections and the general advice, the same every build.
/// </summary>
public sealed class BrokenLinks
{
    public const int Suggested = 1_000;

    private readonly ConcurrentQueue<BrokenLinkAt> _found = new();

    public void Add(BrokenLinkAt link) => _found.Enqueue(link);

    /// <summary>Reports every link gathered, each with the messages of the build so far at hand (a linked file that failed to load has its own).</summary>
    public void Report(LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var links = _found
            .OrderBy(l => l.File, StringComparer.Ordinal)
            .ThenBy(l => l.Line)
            .ThenBy(l => l.Column)
            .ThenBy(l => l.Url, StringComparer.Ordinal)
            .ToList();
        var diagnoses = new BrokenLink[links.Count];
        Parallel.For(0, links.Count, i => diagnoses[i] = resolver.Diagnose(links[i].File, links[i].Url, nearest: i < Suggested));
        for (var i = 0; i < links.Count; i++)
        {
            Report(links[i], diagnoses[i], diagnostics);
        }
    }

    private static void Report(BrokenLinkAt link, BrokenLink broken, DiagnosticBag diagnostics)
    {
        var (file, line, column, url, what) = link;
        if (broken.AboveRoot)
        {
            diagnostics.Error(file, line, column, DiagnosticCodes.BrokenLink,
                $"The {what} '{url}' climbs above the site's root with '../': the site has nothing above its root.",
                broken.Suggestion is { } target
                    ? $"Did you mean '{target}'? A link from the site's root starts at the top of the site, so it needs no '../'."
                    : "A link from the site's root starts at the top of the site, so it needs no '../': remove them and check the rest of the address.");
            return;
        }

        if (broken.ExistingFile is { } existing)
        {
            // The file is there but not published. When it failed to load, its own error says why, and comes first to mind.
            if (!diagnostics.HasErrorAbout(existing))
            {
                diagnostics.Error(file, line, column, DiagnosticCodes.BrokenLink,
                    $"The {what} '{url}' leads to {existing}, which is in the site folder but not published.",
                    "An empty file is left out until it has text, and so is a file outside the folders the site publishes: give it its text or move it, or remove the link.");
            }

            return;
        }

        diagnostics.Error(file, line, column, DiagnosticCodes.BrokenLink,
            $"The {what} '{url}' leads to nothing on this site.",
            broken.Suggestion is { } suggestion
                ? url.Contains("../", StringComparison.Ordinal) || suggestion.Contains("../", StringComparison.Ordinal)
                    ? $"Did you mean '{suggestion}'? Check the spelling, the date in folder names, and the number of '../' (each one climbs one folder up from this file's folder)."
                    : $"Did you mean '{suggestion}'? Check the spelling and the date in folder names."
                : "Link to a file in the site folder relative to this one (e.g. ../2025-12-10-full-council/minutes.md), or to a published address from the site root (e.g. /policies/standing-orders/). Check the spelling and the date in folder names.");
    }
}
