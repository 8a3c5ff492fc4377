namespace CouncilSite.Site;

/// <summary>
/// The languages a site is written in (site.yml's <c>languages:</c>, or its one <c>language:</c>),
/// the first the default, and which of them a build's view of the site is in. A language is named
/// in file names (<c>about.cy.md</c>), addresses (<c>/cy/about/</c>) and per-language settings
/// (<c>name: {en: ..., cy: ...}</c>) by its code: the tag's first part, in lower case.
/// </summary>
/// <param name="Tags">Each language's tag as written (<c>en-GB</c>, <c>cy</c>), the default first.</param>
/// <param name="Current">The position in <paramref name="Tags"/> of the language being read or made.</param>
public sealed record SiteLanguages(IReadOnlyList<string> Tags, int Current = 0)
{
    public static SiteLanguages Single(string tag) => new([tag]);

    /// <summary>The tag of the language being read or made.</summary>
    public string Tag => Tags[Current];

    public string Code => CodeOf(Tag);

    public string DefaultTag => Tags[0];

    public string DefaultCode => CodeOf(Tags[0]);

    public bool IsDefault => Current == 0;

    public bool IsBilingual => Tags.Count > 1;

    public IEnumerable<string> Codes => Tags.Select(CodeOf);

    /// <summary>The same languages, reading or making <paramref name="tag"/>.</summary>
    public SiteLanguages In(string tag) => this with { Current = IndexOf(tag) };

    /// <summary>Each language in turn, the default first.</summary>
    public IEnumerable<SiteLanguages> Each() => Tags.Select((_, i) => this with { Current = i });

    /// <summary>Where this language's pages live: the default language's at the root, another's under <c>/cy</c>.</summary>
    public string Prefix => IsDefault ? "" : "/" + Code;

    /// <summary>The file holding this language's translation of a Markdown file (<c>about.cy.md</c> for <c>about.md</c>); null for the default language.</summary>
    public string? TranslationOf(string markdownFile) => IsDefault ? null : Named(markdownFile, Code);

    private static string Named(string markdownFile, string code) => markdownFile[..^".md".Length] + "." + code + ".md";

    /// <summary>The name a translation should have: its language's code in small letters (<c>about.cy.md</c> for <c>about.CY.md</c>).</summary>
    public string ProperNameOf(string translation) => Named(OriginalOf(translation), CodeOf(TagOfFile(translation)));

    /// <summary>The file a translation translates (<c>about.md</c> for <c>about.cy.md</c>, or for <c>about.CY.md</c>); the file itself when it is no translation.</summary>
    public string OriginalOf(string file) =>
        TagOfFile(file) is var tag && tag == DefaultTag ? file : file[..^(CodeOf(tag).Length + ".md".Length)] + "md";

    /// <summary>The site language a Markdown file's text is in: one of the other languages for a translation (<c>about.cy.md</c>), else the default.</summary>
    public string TagOfFile(string markdownFile) =>
        Tags.Skip(1).FirstOrDefault(tag => markdownFile.EndsWith("." + CodeOf(tag) + ".md", StringComparison.OrdinalIgnoreCase)) ?? DefaultTag;

    /// <summary>True for a file that is the translation of another, in one of the languages besides the default.</summary>
    /// <remarks>Files in <c>static/</c> are published as they are, whatever their names.</remarks>
    public bool IsTranslation(string file) => !file.StartsWith(StaticFolder, StringComparison.Ordinal) && TagOfFile(file) != DefaultTag;

    private const string StaticFolder = "static/";

    /// <summary>The tag of a language code (<c>cy</c>) or tag the site has, matched without regard to case; null when it has none.</summary>
    public string? Find(string codeOrTag) =>
        Tags.FirstOrDefault(t => string.Equals(t, codeOrTag, StringComparison.OrdinalIgnoreCase) || CodeOf(t) == codeOrTag.ToLowerInvariant());

    public static string CodeOf(string tag) => tag.Split('-')[0].ToLowerInvariant();

    private int IndexOf(string tag) =>
        Tags.ToList().IndexOf(Find(tag) ?? throw new ArgumentException($"The site has no language '{tag}'.", nameof(tag)));

    public bool Equals(SiteLanguages? other) => other is not null && Current == other.Current && Tags.SequenceEqual(other.Tags);

    public override int GetHashCode() => HashCode.Combine(Current, Tags.Count > 0 ? Tags[0] : "", Tags.Count);
}
