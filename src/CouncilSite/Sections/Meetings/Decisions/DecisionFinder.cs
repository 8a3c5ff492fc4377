using CouncilSite.Content;
using CouncilSite.Rendering.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>
/// Walks the parsed minutes once, in reading order, and finds every decision with the minute it
/// belongs to. Each decision's paragraph (or list item) is given an id, so the register can link
/// to the exact place; the minutes page is rendered from the same tree, so the id is there.
/// </summary>
public sealed class DecisionFinder
{
    private const string AnchorPrefix = "decision-";

    private readonly MarkdownSource _minutes;
    private readonly Dictionary<Block, string> _anchors = [];
    private readonly List<MinutedDecision> _found = [];
    private readonly HashSet<Block> _taken = [];
    private readonly HashSet<string> _ids;
    private readonly List<(int Level, string? Reference, string? Title)> _headings = [];

    /// <summary>A numbered or bold paragraph, or a one-item numbered list, that heads the item below it.</summary>
    private (string? Reference, string? Title, bool IsList) _item;

    /// <summary>The lettered part of the item being read, "(a)", from a lead-in such as "**(a) DC/25/02210/OUT ...**".</summary>
    private string? _part;

    private DecisionFinder(MarkdownSource minutes, MarkdownDocument document)
    {
        _minutes = minutes;
        // Only blocks carry ids here (headings, from their text); inlines never get attributes.
        _ids = document.Descendants<Block>()
            .Select(b => b.TryGetAttributes()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The decisions in the minutes, in the order they were taken, and the anchors that give each
    /// its id when the minutes page is drawn (the tree is marked too, for a session that keeps it).
    /// </summary>
    public static FoundDecisions Find(ParsedMarkdown minutes)
    {
        var finder = new DecisionFinder(minutes.Source, minutes.Document);
        finder.Visit(minutes.Document, around: null);
        return new FoundDecisions(finder._found, BlockAnchor.Of(minutes.Document, finder._anchors));
    }

    private void Visit(ContainerBlock container, string? around)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (_taken.Contains(block))
            {
                continue;
            }

            switch (block)
            {
                case HeadingBlock heading:
                    EnterHeading(heading);
                    break;
                case ParagraphBlock paragraph:
                    Read(paragraph, container, i, around);
                    break;
                case ListBlock list:
                    VisitList(list, around);
                    break;
                case Table table:
                    ReadTable(table, around);
                    break;
                case ContainerBlock inner:
                    Visit(inner, around);
                    break;
            }
        }
    }

    private void EnterHeading(HeadingBlock heading)
    {
        var (reference, title) = MinuteReference.InHeading(InlineText.Tidy(InlineText.Of(heading.Inline)));
        _headings.RemoveAll(h => h.Level >= heading.Level);
        _headings.Add((heading.Level, reference, title));
        _item = default;
        _part = null;
    }

    private void VisitList(ListBlock list, string? around)
    {
        // Numbered items after a one-item list are its siblings, not items within it.
        var within = around ?? (_item.IsList ? HeadingReference() : CurrentReference());
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var reference = !list.IsOrdered ? around
                : MinuteReference.LetteredPart(list.BulletType, item.Order) is { } part ? MinuteReference.WithPart(within, part)
                : MinuteReference.InList(within, item.Order);
            var before = _found.Count;
            Visit(item, reference);

            // "35. Planning applications" alone, then the item's text below it, is a numbered
            // item heading written as a one-item list, as minutes pasted from a word processor are.
            if (list.IsOrdered && list.Parent is MarkdownDocument && list.Count == 1 && item is [ParagraphBlock only] && _found.Count == before)
            {
                _item = (reference, InlineText.OfBlock(only), true);
                _part = null;
            }
        }
    }

    private void Read(ParagraphBlock paragraph, ContainerBlock container, int index, string? around)
    {
        var text = InlineText.Of(paragraph.Inline);
        var own = MinuteReference.AtParagraphStart(text);
        var (leadPart, lead) = MinuteReference.SplitPart(LeadIn.Of(paragraph));
        var found = ResolutionWords.In(text);
        if (found.Count == 0)
        {
            NoteItemHeading(paragraph, lead, leadPart, own, around);
            return;
        }

        if (own is not null && around is null)
        {
            _item = (own, _item.Title, false);
        }

        var part = MinuteReference.SplitPart(text).Part ?? leadPart ?? _part;
        var reference = MinuteReference.WithPart(own ?? around ?? CurrentReference(), part);
        var subject = lead ?? _item.Title ?? _headings.LastOrDefault().Title;
        Block holder = paragraph.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } } item ? item : paragraph;
        var anchor = AnchorFor(holder, reference);
        for (var f = 0; f < found.Count; f++)
        {
            var end = f + 1 < found.Count ? found[f + 1].SentenceStart : text.Length;
            var words = DecisionWords.From(text[found[f].End..end]);
            IReadOnlyList<string> items = [];
            if (f == found.Count - 1)
            {
                (words, items) = WithWhatFollows(words, container, index);
            }

            if (words.Length > 0 || items.Count > 0)
            {
                _found.Add(new MinutedDecision(reference, subject, words, items, anchor, _minutes.FileLine(paragraph)));
            }
        }
    }

    /// <summary>
    /// Minutes kept as a table ("Minute | Item | Decision"): a row with a resolution in a cell is a
    /// decision, cited by the minute number its first cell holds and about the item a cell before it names.
    /// </summary>
    private void ReadTable(Table table, string? around)
    {
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(InlineText.OfBlock).ToList();
            var (own, firstTitle) = cells.Count > 0 ? MinuteReference.InHeading(cells[0]) : (null, "");
            for (var c = 0; c < cells.Count; c++)
            {
                var found = ResolutionWords.In(cells[c]);
                if (found.Count == 0)
                {
                    continue;
                }

                var reference = own ?? around ?? CurrentReference();
                var subject = new[] { firstTitle }.Concat(cells.Skip(1).Take(c - 1)).FirstOrDefault(t => t.Length > 0 && ResolutionWords.In(t).Count == 0)
                    ?? _item.Title ?? _headings.LastOrDefault().Title;
                var anchor = AnchorFor(row, reference);
                for (var f = 0; f < found.Count; f++)
                {
                    var end = f + 1 < found.Count ? found[f + 1].SentenceStart : cells[c].Length;
                    if (DecisionWords.From(cells[c][found[f].End..end]) is { Length: > 0 } words)
                    {
                        _found.Add(new MinutedDecision(reference, subject, words, [], anchor, _minutes.FileLine(row)));
                    }
                }
            }
        }
    }

    /// <summary>
    /// A resolution that ends with a colon owns the list (or table) after it; one whose words are
    /// all in the next paragraph ("**RESOLVED**" on a line of its own) owns that paragraph.
    /// </summary>
    private (string Words, IReadOnlyList<string> Items) WithWhatFollows(string words, ContainerBlock container, int index)
    {
        var next = index + 1 < container.Count ? container[index + 1] : null;
        if (words.Length == 0 && next is ParagraphBlock following && ResolutionWords.In(InlineText.Of(following.Inline)).Count == 0)
        {
            _taken.Add(following);
            return WithWhatFollows(DecisionWords.From(InlineText.Of(following.Inline)), container, index + 1);
        }

        if (words.Length > 0 && !words.EndsWith(':'))
        {
            return (words, []);
        }

        switch (next)
        {
            case ListBlock list:
                _taken.Add(list);
                return (words, list.OfType<ListItemBlock>().Select(InlineText.OfBlock).Where(t => t.Length > 0).ToList());
            case Table table:
                _taken.Add(table);
                return (words, table.OfType<TableRow>().Where(r => !r.IsHeader)
                    .Select(r => string.Join(", ", r.OfType<TableCell>().Select(InlineText.OfBlock).Where(t => t.Length > 0)))
                    .Where(t => t.Length > 0).ToList());
            default:
                return (words, []);
        }
    }

    /// <summary>
    /// A paragraph without a decision may head what follows: all in bold ("**35. Planning**"),
    /// opening in bold ("**(b) Pound Farm.** Members noted ..."), or starting with a minute number.
    /// </summary>
    private void NoteItemHeading(ParagraphBlock paragraph, string? lead, string? leadPart, string? own, string? around)
    {
        if (around is not null)
        {
            return;
        }

        if (lead is not null)
        {
            var (reference, title) = paragraph.Inline?.Count() == 1 ? MinuteReference.InHeading(lead) : (null, lead);
            _item = (reference ?? own ?? _item.Reference, title, false);
            _part = leadPart;
        }
        else if (own is not null)
        {
            _item = (own, _item.Title, false);
        }
    }

    private string? CurrentReference() => _item.Reference ?? HeadingReference();

    private string? HeadingReference() => _headings.LastOrDefault(h => h.Reference is not null).Reference;

    /// <summary>
    /// The id goes on the block that holds the decision: its paragraph, a table row, or the list
    /// item where Markdig writes a tight list's paragraph without a &lt;p&gt; of its own. Ids follow
    /// the minute reference, so a link to <c>#decision-c048-23</c> survives edits elsewhere in the minutes.
    /// </summary>
    private string AnchorFor(Block holder, string? reference)
    {
        var attributes = holder.GetAttributes();
        if (attributes.Id is { } existing)
        {
            return _anchors[holder] = existing;
        }

        var stem = AnchorPrefix + (reference is null ? (_found.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : MinuteReference.Slug(reference));
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        attributes.Id = id;
        return _anchors[holder] = id;
    }
}

/// <summary>The decisions found in one file of minutes, and the ids that mark them on its page.</summary>
public sealed record FoundDecisions(IReadOnlyList<MinutedDecision> Decisions, IReadOnlyList<BlockAnchor> Anchors);
