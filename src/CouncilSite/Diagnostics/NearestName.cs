namespace CouncilSite.Diagnostics;

/// <summary>
/// The "did you mean" of every message about a name the clerk typed: a setting, a file, a link,
/// a command. A name is near another when they differ only in case, in '-', '_' or spaces, by a
/// slip of a few letters, or by a word added at either end (<c>adopted_on</c> for <c>adopted</c>).
/// </summary>
public static class NearestName
{
    /// <summary>The known name nearest to <paramref name="typed"/>, or null when none is near enough to suggest.</summary>
    public static string? For(string typed, IEnumerable<string> known)
    {
        var plain = Plain(typed);
        if (plain.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var name in known)
        {
            if (name == typed)
            {
                continue;
            }

            var score = Score(plain, Plain(name));
            if (score < bestScore || (score == bestScore && best is not null && string.CompareOrdinal(name, best) < 0))
            {
                best = name;
                bestScore = score;
            }
        }

        return bestScore == int.MaxValue ? null : best;
    }

    /// <summary>0 for the same name written differently; then the letters changed; int.MaxValue when too far to suggest.</summary>
    private static int Score(string typed, string known)
    {
        if (known.Length == 0)
        {
            return int.MaxValue;
        }

        if (typed == known)
        {
            return 0;
        }

        var distance = Distance(typed, known);
        if (distance <= Allowed(Math.Max(typed.Length, known.Length)))
        {
            return distance;
        }

        // A word added before or after: 'adopted_on', 'date_adopted'. Judged on the words as typed,
        // so that 'on' is not taken for the start of 'online'.
        return known.Length >= 4 && (typed.StartsWith(known, StringComparison.Ordinal) || typed.EndsWith(known, StringComparison.Ordinal))
            ? typed.Length - known.Length
            : int.MaxValue;
    }

    /// <summary>Slips allowed: none in a name of 1 or 2 letters, then about one in three letters, never more than 3.</summary>
    private static int Allowed(int length) => length <= 2 ? 0 : Math.Min(3, Math.Max(1, length / 3));

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

    /// <summary>Edits (insert, delete, change, swap two neighbours) that turn one name into the other.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
