namespace CouncilSite.Addresses;

/// <summary>
/// Finds what a broken link most likely meant ("did you mean ../2026-11-19-full-council/minutes.md?"),
/// by the fewest characters changed: a wrong day in a folder name, a misspelt word.
/// </summary>
public static class LinkSuggestions
{
    /// <summary>The candidate closest to <paramref name="wanted"/>, when close enough to be a slip of the keyboard.</summary>
    public static string? Nearest(string wanted, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, wanted.Length / 6);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            if (Math.Abs(candidate.Length - wanted.Length) > limit)
            {
                continue;
            }

            var distance = Distance(wanted, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
