using System.Text.RegularExpressions;
using CouncilSite.Content;
using Markdig.Syntax;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// Lines written as list items that Markdown joins to the line above as running text. In a list
/// item, a line indented four or more spaces beyond the item (<c>- a</c> then <c>      - b</c>)
/// cannot start a list, nor can a number other than 1 (<c>2. Two</c> then <c>     3. Three</c>), so
/// each continues the item's paragraph and the page shows "Two 3. Three". Only a line numbered on
/// from its item, numbered 1, or starting with a bullet is taken for a list item: a line of text
/// that starts with a year ("2026. The plan...") is what it looks like.
/// </summary>
internal static partial class JoinedListItems
{
    /// <param name="body">The Markdown text the paragraph was parsed from.</param>
    /// <param name="bodyLine">The file line the body starts on.</param>
    public static IEnumerable<JoinedListItem> In(string body, ParagraphBlock paragraph, int bodyLine)
    {
        if (paragraph.Parent is not ListItemBlock item || paragraph.Span.IsEmpty)
        {
            yield break;
        }

        var lines = body[paragraph.Span.Start..Math.Min(body.Length, paragraph.Span.End + 1)].Split('\n');
        for (var k = 1; k < lines.Length; k++)
        {
            var match = Marker().Match(lines[k]);
            if (!match.Success)
            {
                continue;
            }

            var number = match.Groups["number"];
            var numbered = number.Success;
            if (numbered && !(int.TryParse(number.Value, out var n) && (n == 1 || n == item.Order + 1)))
            {
                continue;
            }

            yield return new JoinedListItem(paragraph.Line + k + bodyLine, match.Groups["marker"].Index + 1, numbered, item.Line + bodyLine);
        }
    }

    /// <summary>A list marker ('-', '*', '+', or a number with '.' or ')') after any indentation and quote marks, then a space and text.</summary>
    [GeneratedRegex(@"^[ \t>]*(?<marker>[-*+]|(?<number>[0-9]{1,9})[.)])[ \t]+\S")]
    private static partial Regex Marker();
}
