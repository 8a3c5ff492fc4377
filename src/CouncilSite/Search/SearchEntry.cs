namespace CouncilSite.Search;

/// <summary>
/// One thing a resident can find with the site's search: a page, a decision, a document or a
/// dataset. Each section offers its own (see <see cref="Sections.Section.Search"/>); the index knows
/// none of them by name.
/// </summary>
/// <param name="Address">Where the result leads: a site address, with a <c>#fragment</c> for a place in a page (a decision in the minutes).</param>
/// <param name="Title">The result's heading; its words weigh more than the text's.</param>
/// <param name="Text">The words it is found by, as plain text (a page's main text, a PDF's text, a dataset's columns).</param>
/// <param name="Date">The day it belongs to (a meeting's, a news item's), by which results are filtered by year and recent ones rank a little higher.</param>
/// <param name="CommitteeId">The committee it belongs to, by which results are filtered.</param>
/// <param name="Context">A line that places it, shown under the title (e.g. "Full Council, 15 January 2026").</param>
public sealed record SearchEntry(
    string Address,
    string Title,
    SearchKind Kind,
    string Text,
    DateOnly? Date = null,
    string? CommitteeId = null,
    string? Context = null)
{
    /// <summary>Kept as UTF-8 (see <see cref="Content.Utf8Text"/>): every entry of the site is held while its index is made.</summary>
    private readonly Content.Utf8Text _text = new(Text);

    /// <summary>The words it is found by; made from UTF-8 at each read.</summary>
    public string Text { get => _text.ToString(); init => _text = new Content.Utf8Text(value); }
}
