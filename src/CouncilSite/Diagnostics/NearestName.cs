namespace CouncilSite.Diagnostics;

/// <summary>
/// The "did you mean" of every message about a name the clerk typed: a setting, a file, a link,
/// a command. A name is near another when they differ only in case, in '-', '_' or spaces, by a
/// slip of a few letters, or by a word added at either end (<c>adopted_on</c> for <c>adopted</c>).
/// </summary>
/// <remarks>
/// The known names are indexed by their plain form and its length, so a question looks only at
/// the names that could be near: those a few letters longer or shorter, and those that begin or
/// end the typed name. A site's thousands of meeting folders, asked about once for each of its
/// thousands of broken links, then cost a build seconds, not minutes.
/// </remarks>
public sealed class NearestName
{
    /// <summary>The most letters a slip may change (<see cref="Allowed"/>), and so the most two near names' lengths differ by.</summary>
    private const int MostSlips = 3;

    /// <summary>The fewest letters of a word that may be taken as added to another.</summary>
    private const int ShortestWord = 4;

    private readonly Dictionary<string, List<string>> _byPlain = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(string Name, string Plain)>> _byLength = [];

    public NearestName(IEnumerable<string> known)
    {
        foreach (var name in known.Distinct(StringComparer.Ordinal))
        {
            var plain = Plain(name);
            if (plain.Length == 0)
            {
                continue;
            }

            Add(_byPlain, plain, name);
            Add(_byLength, plain.Length, (name, plain));
        }
    }

    /// <summary>The known name nearest to <paramref name="typed"/>, or null when none is near enough to suggest.</summary>
    public static string? For(string typed, IEnumerable<string> known) => new NearestName(known).For(typed);

    /// <summary>The known name nearest to <paramref name="typed"/> (ties go to the first in ordinal order), or null when none is near enough.</summary>
    public string? For(string typed)
    {
        var plain = Plain(typed);
        if (plain.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var (name, known) in Candidates(plain))
        {
            if (name == typed)
            {
                continue;
            }

            var score = Score(plain, known);
            if (score < bestScore || (score == bestScore && best is not null && string.CompareOrdinal(name, best) < 0))
            {
                best = name;
                bestScore = score;
            }
        }

        return bestScore == int.MaxValue ? null : best;
    }

    /// <summary>
    /// Every name <see cref="Score"/> could find near: one whose length is within a few slips of
    /// the typed name's, or one that begins or ends it. Any other scores int.MaxValue.
    /// </summary>
    private IEnumerable<(string Name, string Plain)> Candidates(string plain)
    {
        for (var length = Math.Max(1, plain.Length - MostSlips); length <= plain.Length + MostSlips; length++)
        {
            foreach (var known in _byLength.GetValueOrDefault(length) ?? [])
            {
                yield return known;
            }
        }

        for (var length = ShortestWord; length < plain.Length - MostSlips; length++)
        {
            var start = plain[..length];
            var end = plain[^length..];
            foreach (var word in end == start ? [start] : new[] { start, end })
            {
                foreach (var name in _byPlain.GetValueOrDefault(word) ?? [])
                {
                    yield return (name, word);
                }
            }
        }
    }

    /// <summary>0 for the same name written differently; then the letters changed; int.MaxValue when too far to suggest.</summary>
    private static int Score(string typed, string known)
    {
        if (typed == known)
        {
            return 0;
        }

        var allowed = Allowed(Math.Max(typed.Length, known.Length));
        var distance = Distance(typed, known, allowed);
        if (distance <= allowed)
        {
            return distance;
        }

        // A word added before or after: 'adopted_on', 'date_adopted'. Judged on the words as typed,
        // so that 'on' is not taken for the start of 'online'.
        return known.Length >= ShortestWord && (typed.StartsWith(known, StringComparison.Ordinal) || typed.EndsWith(known, StringComparison.Ordinal))
            ? typed.Length - known.Length
            : int.MaxValue;
    }

    /// <summary>Slips allowed: none in a name of 1 or 2 letters, then about one in three letters, never more than 3.</summary>
    private static int Allowed(int length) => length <= 2 ? 0 : Math.Min(MostSlips, Math.Max(1, length / 3));

    private static string Plain(string name)
    {
        var chars = new char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (c is not ('-' or '_' or ' ' or '.'))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>
    /// Edits (insert, delete, change, swap two neighbours) that turn one name into the other, or
    /// any number above <paramref name="most"/> once it is clear there are more than that many.
    /// </summary>
    private static int Distance(string a, string b, int most)
    {
        if (Math.Abs(a.Length - b.Length) > most)
        {
            return most + 1;
        }

        // Three rows of the edit table: the one before last (for a swap), the last, and this one.
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var (twoBack, last, row) = (rows[(i + 1) % 3], rows[(i + 2) % 3], rows[i % 3]);
            row[0] = i;
            var least = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, twoBack[j - 2] + 1);
                }

                row[j] = d;
                least = Math.Min(least, d);
            }

            // Every later row is at least this row's least, so the names are already too far apart.
            if (least > most)
            {
                return most + 1;
            }
        }

        return rows[a.Length % 3][b.Length];
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
