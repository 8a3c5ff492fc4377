namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>A decision as the minutes record it, before it is placed in the register.</summary>
/// <param name="Reference">The minute's number or code (<c>C048/23</c>, <c>35.1</c>), when the minutes give one.</param>
/// <param name="Subject">What the item was about: a bold lead-in ("DC/25/00112/HOU, 14 Mill Road") or the item's heading.</param>
/// <param name="Text">The resolution's own words after "RESOLVED"; empty when it is all in <paramref name="Items"/>.</param>
/// <param name="Items">The list that follows a resolution ending in a colon ("the following payments be approved:").</param>
/// <param name="Anchor">The id of the paragraph or list item in the minutes page that holds the decision.</param>
/// <param name="Line">The line in the minutes file, for messages.</param>
public sealed record MinutedDecision(string? Reference, string? Subject, string Text, IReadOnlyList<string> Items, string Anchor, int Line)
{
    /// <summary>The decision in one line: its text, or its list when the text is only a lead-in.</summary>
    public string Summary => Items.Count == 0 ? Text : Text.Length == 0 ? string.Join("; ", Items) : $"{Text} {string.Join("; ", Items)}";
}
