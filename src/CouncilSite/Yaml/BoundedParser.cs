using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CouncilSite.Yaml;

/// <summary>
/// Passes the YAML reader's events on while counting how deep the settings nest and how many
/// values, and how much text, the <c>*</c> markers (aliases) repeat, and stops at the first event
/// past a limit. The node tree is built by recursion, one level a call, so a list nested 50,000
/// deep would overflow the stack; a 600-byte file of aliases of aliases ("billion laughs") expands
/// to a billion values when read; and a 237 KB file repeating one 200 KB value 9,000 times expands
/// to 1.8 billion characters in few values. Counted here, none is ever built.
/// </summary>
internal sealed class BoundedParser(IParser inner) : IParser
{
    /// <summary>No council's settings go more than four or five levels deep.</summary>
    public const int MaxDepth = 32;

    /// <summary>Values repeated through aliases, in all: far more than any settings file repeats, far fewer than a bomb.</summary>
    public const int MaxRepeatedValues = 10_000;

    /// <summary>Text repeated through aliases, in characters: a settings file is at most 1 MB, so repeats may add as much again.</summary>
    public const long MaxRepeatedText = 1024 * 1024;

    /// <summary>The size of each collection still open, with its anchor, its aliases counted in full.</summary>
    private readonly Stack<(AnchorName Anchor, NodeSize Size)> _open = new();

    /// <summary>The size of each anchored node, aliases inside it counted in full.</summary>
    private readonly Dictionary<AnchorName, NodeSize> _anchored = [];

    private NodeSize _repeated;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!Next())
        {
            return false;
        }

        switch (inner.Current)
        {
            case SequenceStart or MappingStart:
                if (_open.Count == MaxDepth)
                {
                    throw new YamlLimitException(inner.Current,
                        $"The settings here are nested more than {MaxDepth} levels deep (lists or settings inside each other), so the file was not read.",
                        "Settings go a few levels deep at most: check that this is the right file, and that every [ and { is closed.");
                }

                _open.Push((((NodeEvent)inner.Current).Anchor, new NodeSize(1, 0)));
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, size) = _open.Pop();
                Ended(anchor, size);
                break;
            case Scalar scalar:
                Ended(scalar.Anchor, new NodeSize(1, scalar.Value.Length));
                break;
            case AnchorAlias alias:
                var repeated = _anchored.GetValueOrDefault(alias.Value, new NodeSize(1, 0));
                _repeated += repeated;
                if (_repeated.Values > MaxRepeatedValues)
                {
                    throw TooMuchRepeated(alias, $"more than {MaxRepeatedValues:N0} values");
                }

                if (_repeated.Characters > MaxRepeatedText)
                {
                    throw TooMuchRepeated(alias, $"more than {MaxRepeatedText / (1024 * 1024)} MB of text");
                }

                Ended(AnchorName.Empty, repeated);
                break;
        }

        return true;
    }

    /// <summary>
    /// The reader's next event. On a list in square brackets left open across lines its scanner
    /// fails with no position and no YAML error: reported as the open list, after the last value read.
    /// </summary>
    private bool Next()
    {
        try
        {
            return inner.MoveNext();
        }
        catch (InvalidOperationException)
        {
            var at = inner.Current?.End ?? new Mark(0, 1, 1);
            throw new YamlException(at, at, "While parsing a flow sequence, the list was not closed.");
        }
    }

    private static YamlLimitException TooMuchRepeated(AnchorAlias alias, string size) =>
        new(alias,
            $"The settings repeat other settings (with '*' markers) so often that they would grow to {size}, so the file was not read.",
            "Write the settings out in full instead of repeating them with '&' and '*' markers.");

    /// <summary>A node is complete: it counts towards the collection around it, and its anchor remembers its size.</summary>
    private void Ended(AnchorName anchor, NodeSize size)
    {
        if (!anchor.IsEmpty)
        {
            _anchored[anchor] = size;
        }

        if (_open.TryPop(out var parent))
        {
            _open.Push((parent.Anchor, parent.Size + size));
        }
    }

    /// <summary>How many values a node holds and how many characters of text are in them.</summary>
    private readonly record struct NodeSize(long Values, long Characters)
    {
        public static NodeSize operator +(NodeSize a, NodeSize b) => new(a.Values + b.Values, a.Characters + b.Characters);
    }
}

/// <summary>Settings past one of <see cref="BoundedParser"/>'s limits, at the event that passed it.</summary>
/// <param name="Words">The message for the clerk (the exception's own message starts with the position).</param>
internal sealed class YamlLimitException(ParsingEvent at, string words, string hint) : YamlException(at.Start, at.End, words)
{
    public string Words { get; } = words;

    public string Hint { get; } = hint;
}
