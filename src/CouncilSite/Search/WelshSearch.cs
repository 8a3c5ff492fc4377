namespace CouncilSite.Search;

/// <summary>
/// Welsh, which has no Snowball stemmer: its words are found as written, and each also finds the
/// forms its first letters take after another word (its initial mutations: "cyngor" is written
/// "gyngor", "nghyngor", "chyngor"). Which word a mutated form comes from cannot be told from the
/// form alone ("fam" may be "mam" or "bam"), so the index counts each written word, at half
/// weight, under every word it may come from (<see cref="WelshMutations"/>), and the browser needs
/// no Welsh of its own.
/// </summary>
public sealed class WelshSearch : SearchLanguage
{
    public override string Stem(string word) => word;

    public override IReadOnlyList<string> MayStandFor(string word) => WelshMutations.Radicals(word);
}
