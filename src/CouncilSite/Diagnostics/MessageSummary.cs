using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CouncilSite.Diagnostics;

/// <summary>
/// What of a run's messages is printed. Up to <see cref="Limit"/>, every message, as given. Past
/// it, the errors first (they are what stop a build) and then the warnings, each in the order
/// given, up to the limit; then one line for each code of the rest, with how many there are and
/// one of them to show what they say. Every message is still in the messages file
/// (<see cref="MessagesFile"/>). One pass over the messages, whatever their number.
/// </summary>
/// <param name="Total">How many messages there are, printed or not.</param>
public sealed partial record MessageSummary(IReadOnlyList<Diagnostic> Shown, IReadOnlyList<LeftOutMessages> LeftOut, int Total)
{
    /// <summary>
    /// As many messages as a clerk reads in one sitting, and (with their hints, two lines each)
    /// about what a terminal window or a CI log page keeps on screen before it scrolls away.
    /// </summary>
    public const int Limit = 200;

    /// <param name="sorted">The messages in the order to print them (<see cref="DiagnosticBag.ToSortedList"/>).</param>
    public static MessageSummary Of(IReadOnlyList<Diagnostic> sorted, int limit = Limit)
    {
        if (sorted.Count <= limit)
        {
            return new MessageSummary(sorted, [], sorted.Count);
        }

        var shown = new List<Diagnostic>(limit);
        var leftOut = new Dictionary<(Severity, string), LeftOutGroup>();
        foreach (var severity in (Severity[])[Severity.Error, Severity.Warning])
        {
            foreach (var diagnostic in sorted)
            {
                if (diagnostic.Severity != severity)
                {
                    continue;
                }

                if (shown.Count < limit)
                {
                    shown.Add(diagnostic);
                }
                else if (leftOut.TryGetValue((severity, diagnostic.Code), out var group))
                {
                    group.Add(diagnostic.Message);
                }
                else
                {
                    leftOut.Add((severity, diagnostic.Code), new LeftOutGroup(diagnostic));
                }
            }
        }

        var lines = leftOut.Values
            .Select(g => new LeftOutMessages(g.Severity, g.Code, g.Count, g.LikeThis()))
            .OrderByDescending(g => g.Severity)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Code, StringComparer.Ordinal)
            .ToList();
        return new MessageSummary(shown, lines, sorted.Count);
    }

    /// <summary>
    /// The lines to print: each message shown, each code left out, and where to read them all.
    /// </summary>
    /// <param name="writtenTo">The messages file as the clerk named it, when it was written.</param>
    /// <param name="suggested">A file to name with --messages-file, when none was written; null to say nothing of it.</param>
    public IEnumerable<string> Lines(string? writtenTo, string? suggested)
    {
        foreach (var diagnostic in Shown)
        {
            yield return diagnostic.ToString();
        }

        if (LeftOut.Count == 0)
        {
            yield break;
        }

        foreach (var group in LeftOut)
        {
            yield return group.ToString();
        }

        if (writtenTo is not null)
        {
            yield return $"See every message in {writtenTo} (--messages-file).";
        }
        else if (suggested is not null)
        {
            yield return $"Add --messages-file {suggested} to see them all.";
        }
    }

    /// <summary>
    /// The messages of one code left out, and what they say. A quoted name that differs between
    /// them (the link in "The link '…' leads to nothing") is shown as '…'; one they share is kept.
    /// </summary>
    private sealed partial class LeftOutGroup
    {
        private readonly string _example;
        private readonly List<Match> _quoted;
        private readonly bool[] _differs;

        public LeftOutGroup(Diagnostic first)
        {
            Severity = first.Severity;
            Code = first.Code;
            _example = first.Message;
            _quoted = Quoted().Matches(first.Message).ToList();
            _differs = new bool[_quoted.Count];
        }

        public Severity Severity { get; }

        public string Code { get; }

        public int Count { get; private set; } = 1;

        public void Add(string message)
        {
            Count++;
            var i = 0;
            for (var match = Quoted().Match(message); match.Success; match = match.NextMatch(), i++)
            {
                if (i < _quoted.Count && !_differs[i] && match.Value != _quoted[i].Value)
                {
                    _differs[i] = true;
                }
            }

            if (i != _quoted.Count)
            {
                Array.Fill(_differs, true);
            }
        }

        public string LikeThis()
        {
            var text = new StringBuilder(_example.Length);
            var from = 0;
            for (var i = 0; i < _quoted.Count; i++)
            {
                if (_differs[i])
                {
                    text.Append(_example, from, _quoted[i].Index - from).Append("'…'");
                    from = _quoted[i].Index + _quoted[i].Length;
                }
            }

            return text.Append(_example, from, _example.Length - from).ToString();
        }

        /// <summary>A name in quotes: the quote mark after a space or bracket, not an apostrophe in a word ("council's").</summary>
        [GeneratedRegex(@"(?<=^|[\s(\[])'[^']+'(?=$|[\s.,;:!?)\]])")]
        private static partial Regex Quoted();
    }
}

/// <summary>How many messages of one code and kind were not printed, and one of them in words (<see cref="MessageSummary"/>).</summary>
public sealed record LeftOutMessages(Severity Severity, string Code, int Count, string LikeThis)
{
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        return string.Create(CultureInfo.InvariantCulture, $"... and {Count:N0} more {Code} {kind}{(Count == 1 ? "" : "s")} like this: {LikeThis}");
    }
}
