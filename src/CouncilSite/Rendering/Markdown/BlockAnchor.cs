using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// An id given to a block of a parsed file (a decision's paragraph, say), kept by the block's
/// place in reading order so that it can be given again to the same text parsed afresh.
/// </summary>
/// <param name="Block">The block's index among all blocks of the tree, in reading order.</param>
public sealed record BlockAnchor(int Block, string Id)
{
    /// <summary>The anchors of the given blocks of a tree.</summary>
    public static IReadOnlyList<BlockAnchor> Of(MarkdownDocument document, IReadOnlyDictionary<Block, string> ids)
    {
        var anchors = new List<BlockAnchor>(ids.Count);
        var index = 0;
        foreach (var block in document.Descendants<Block>())
        {
            if (ids.TryGetValue(block, out var id))
            {
                anchors.Add(new BlockAnchor(index, id));
            }

            index++;
        }

        return anchors;
    }

    /// <summary>Gives each anchor's block its id; giving the same ids again changes nothing.</summary>
    public static void Apply(MarkdownDocument document, IReadOnlyList<BlockAnchor> anchors)
    {
        if (anchors.Count == 0)
        {
            return;
        }

        var next = 0;
        var index = 0;
        foreach (var block in document.Descendants<Block>())
        {
            if (next == anchors.Count)
            {
                return;
            }

            if (anchors[next].Block == index)
            {
                block.GetAttributes().Id = anchors[next].Id;
                next++;
            }

            index++;
        }
    }
}
