namespace CouncilSite.Search;

/// <summary>
/// The words a Welsh word, as written and folded, may be a mutated form of: the soft ("bont",
/// "dref", "gyngor", "fws", "fam", "ddydd", "ardd", "lyfrgell", "raglen"), nasal ("mhont",
/// "nhref", "nghyngor", "mws", "nydd", "ngardd") and aspirate ("phont", "thref", "chyngor")
/// mutations, and the h- put before a vowel ("ei henw").
/// </summary>
internal static class WelshMutations
{
    /// <summary>
    /// How a written word may start, longest first, and what the word it comes from starts with
    /// instead; the first that fits is taken ("ngh" before "ng" before "n"). A start that no
    /// mutation makes ("ff", "ll", "rh") stands for nothing but itself.
    /// </summary>
    private static readonly (string Written, string[] Radicals)[] Starts =
    [
        ("ngh", ["c"]),
        ("mh", ["p"]), ("nh", ["t"]), ("ng", ["g"]), ("ph", ["p"]), ("th", ["t"]), ("ch", ["c"]), ("dd", ["d"]),
        ("ff", []), ("ll", []), ("rh", []),
        ("ha", ["a"]), ("he", ["e"]), ("hi", ["i"]), ("ho", ["o"]), ("hu", ["u"]), ("hw", ["w"]), ("hy", ["y"]),
        ("b", ["p"]), ("d", ["t"]), ("g", ["c"]), ("f", ["b", "m"]), ("m", ["b"]), ("n", ["d"]),
        ("l", ["ll", "gl"]), ("r", ["rh", "gr"]), ("w", ["gw"]),
        ("a", ["ga"]), ("e", ["ge"]), ("i", ["gi"]), ("o", ["go"]), ("u", ["gu"]), ("y", ["gy"]),
    ];

    /// <summary>Shorter words are mostly little words ("yn", "a", "ei") that nobody searches for by another form.</summary>
    private const int ShortestMutated = 3;

    /// <summary>
    /// Words so common in a Welsh site's text, in Welsh or in English quoted beside it, that
    /// reading them as mutated would bring nearly every page into the results of a real word:
    /// "mae" (is) is not "bae" (bay), "dim" (nothing) not "tîm", and the English "all" is not "gall" (can).
    /// </summary>
    private static readonly HashSet<string> NeverMutated = new(StringComparer.Ordinal)
    {
        "mae", "maer", "dim", "gan", "fel", "mewn", "neu", "nid", "nad", "nac", "gyda", "wedi", "wrth", "ond", "oedd", "oes",
        "ein", "eich", "hyn", "hon", "hwn", "hynny", "hefyd", "mai", "ydy", "ydyw", "ydym", "roedd", "rydym", "nhw", "dan", "yma", "yno",
        "the", "and", "for", "with", "was", "were", "that", "this", "from", "are", "will", "all", "which", "have", "has",
        "been", "not", "but", "would", "their", "there", "any", "also", "more", "other", "may", "must", "should", "under",
    };

    public static IReadOnlyList<string> Radicals(string word)
    {
        if (word.Length < ShortestMutated || !word.All(char.IsAsciiLetterLower) || NeverMutated.Contains(word))
        {
            return [];
        }

        foreach (var (written, radicals) in Starts)
        {
            if (word.StartsWith(written, StringComparison.Ordinal))
            {
                return [.. radicals.Select(r => r + word[written.Length..])];
            }
        }

        return [];
    }
}
