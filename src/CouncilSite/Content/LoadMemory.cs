using System.Runtime.CompilerServices;
using CouncilSite.Content.Meetings.Decisions;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Yaml;

namespace CouncilSite.Content;

/// <summary>
/// What a preview session keeps from build to build for the loaders. Nothing here changes what a
/// build makes, only how much of the folder it works out again: each entry belongs to a text
/// (or to the parsed file the session hands back for an unchanged text).
/// </summary>
public sealed class LoadMemory
{
    private readonly ConditionalWeakTable<MarkdownSource, FoundDecisions> _decisions = new();

    /// <summary>The YAML of front matter and settings files, parsed again only when its text changes.</summary>
    public YamlTrees Yaml { get; } = new();

    /// <summary>The decisions in minutes, found again only when their text changes.</summary>
    public FoundDecisions Decisions(ParsedMarkdown minutes) => _decisions.GetValue(minutes.Source, _ => DecisionFinder.Find(minutes));
}
