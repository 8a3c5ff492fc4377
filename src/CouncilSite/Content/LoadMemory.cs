using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Sections.Meetings.Decisions;
using CouncilSite.Site;
using CouncilSite.Yaml;

namespace CouncilSite.Content;

/// <summary>
/// What a preview session keeps from build to build for the loaders. Nothing here changes what a
/// build makes, only how much of the folder it works out again:
/// <list type="bullet">
/// <item>a part of the site (a meeting's folder, a news item) that did not change since the last
/// build, under the same settings and date, comes back as loaded then, with its messages;</item>
/// <item>YAML and the decisions in minutes belong to a text, and are worked out again only when it changes.</item>
/// </list>
/// </summary>
public sealed class LoadMemory
{
    private readonly ConditionalWeakTable<MarkdownSource, FoundDecisions> _decisions = new();
    private ConcurrentDictionary<string, Loaded> _parts = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Loaded> _nextParts = new(StringComparer.Ordinal);
    private ChangedPaths _changes = ChangedPaths.Everything;

    /// <summary>A fingerprint of what, besides its own files, a part's loading reads: the site's settings and the date.</summary>
    private UInt128 _settingsFingerprint;

    /// <summary>The YAML of front matter and settings files, parsed again only when its text changes.</summary>
    public YamlTrees Yaml { get; } = new();

    /// <summary>The decisions in minutes, found again only when their text changes.</summary>
    public FoundDecisions Decisions(ParsedMarkdown minutes) => _decisions.GetValue(minutes.Source, _ => DecisionFinder.Find(minutes));

    /// <summary>Starts a build's loading.</summary>
    /// <param name="changes">What changed in the folder since the last build's loading started.</param>
    /// <param name="settings">A fingerprint of everything besides its own files that a part's loading reads: the site's settings and the date.</param>
    internal void Start(ChangedPaths changes, UInt128 settings)
    {
        _changes = changes;
        _settingsFingerprint = settings;
        _nextParts = new ConcurrentDictionary<string, Loaded>(StringComparer.Ordinal);
    }

    /// <summary>Ends a build's loading: parts it did not come across (deleted, renamed) are forgotten.</summary>
    internal void End() => _parts = _nextParts;

    /// <summary>
    /// A part of the site loaded by <paramref name="load"/>, which may read only <paramref name="path"/>
    /// (a file, or a folder and what is in it), the settings and the date.
    /// </summary>
    internal T? Part<T>(string path, LoadContext context, Func<LoadContext, T?> load)
        where T : class
    {
        if (!_changes.Touches(path) && _parts.TryGetValue(path, out var known) && known.SettingsFingerprint == _settingsFingerprint)
        {
            Report(known.Messages, context.Diagnostics);
            _nextParts[path] = known;
            return (T?)known.Value;
        }

        var found = new DiagnosticBag();
        var value = load(context with { Folder = context.Folder.ReportingTo(found), Diagnostics = found });
        var loaded = new Loaded(_settingsFingerprint, value, found.ToSortedList());
        Report(loaded.Messages, context.Diagnostics);

        // A part with an error is read again next time: a file another program held open may be free by then, unchanged.
        if (!loaded.Messages.Any(m => m.IsError))
        {
            _nextParts[path] = loaded;
        }

        return value;
    }

    private static void Report(IReadOnlyList<Diagnostic> messages, DiagnosticBag diagnostics)
    {
        foreach (var message in messages)
        {
            diagnostics.Add(message);
        }
    }

    private sealed record Loaded(UInt128 SettingsFingerprint, object? Value, IReadOnlyList<Diagnostic> Messages);
}
