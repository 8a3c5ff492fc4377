using Scriban.Syntax;

namespace CouncilSite.Rendering.Theme;

/// <summary>
/// Where each value-printing <c>{{ }}</c> tag of the theme's templates lands in the HTML, worked out
/// once when the templates are parsed, so that drawing a page only looks its tags up.
/// </summary>
internal sealed class TemplateSpots
{
    private readonly Dictionary<ScriptNode, HtmlSpot> _spots = new(ReferenceEqualityComparer.Instance);

    /// <summary>The statements where an address attribute's value begins, and where in what they write.</summary>
    private readonly Dictionary<ScriptNode, int> _addressStarts = new(ReferenceEqualityComparer.Instance);

    public void Add(ScriptNode page)
    {
        // The template's text and its tags in the order they are written, whatever the nesting of ifs and loops.
        var nodes = new List<ScriptNode>();
        Collect(page, nodes);
        var reader = new MarkupReader();
        ScriptNode? addressBegan = null;
        foreach (var node in nodes.OrderBy(n => n.Span.Start.Offset))
        {
            if (node is ScriptRawStatement raw)
            {
                reader.Read(raw.Text.ToString());
                if (reader.AddressBeganAt is { } offset)
                {
                    _addressStarts[node] = offset;
                    addressBegan = node;
                }

                continue;
            }

            var spot = reader.Spot;
            if (spot.Url)
            {
                if (reader.OpensValue)
                {
                    _addressStarts[node] = 0;
                    addressBegan = node;
                }

                spot = spot with { AddressBegan = addressBegan };
            }

            _spots[node] = spot;
            reader.Printed();
        }
    }

    /// <summary>Where in what this statement writes an address attribute's value begins, if one does.</summary>
    public int? AddressStartIn(ScriptNode statement) => _addressStarts.TryGetValue(statement, out var offset) ? offset : null;

    /// <summary>Where the value of this statement lands; a statement of no parsed template is taken to be in text.</summary>
    public HtmlSpot Of(ScriptNode statement) => _spots.GetValueOrDefault(statement, new HtmlSpot(SpotKind.Text));

    private static void Collect(ScriptNode node, List<ScriptNode> into)
    {
        if (node is ScriptRawStatement or ScriptExpressionStatement { CanOutput: true })
        {
            into.Add(node);
            return;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Collect(child, into);
            }
        }
    }
}
