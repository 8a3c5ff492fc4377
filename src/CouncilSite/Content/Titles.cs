namespace CouncilSite.Content;

/// <summary>Readable titles for files the clerk gave no title.</summary>
public static class Titles
{
    /// <summary><c>complaints-policy</c> becomes "Complaints policy".</summary>
    public static string FromSlug(string slug)
    {
        var words = slug.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? slug : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
