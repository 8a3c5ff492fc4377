using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CouncilSite.Yaml;

/// <summary>
/// Passes the YAML reader's events on while counting how deep the settings nest and how many
/// values the <c>*</c> markers (aliases) repeat, and stops at the first event past a limit. The
/// node tree is built by recursion, one level a call, so a list nested 50,000 deep would overflow
/// the stack; and a 600-byte file of aliases of aliases ("billion laughs") expands to a billion
/// values when read. Counted here, neither is ever built.
/// </summary>
internal sealed class BoundedParser(IParser inner) : IParser
{
    /// <summary>No council's settings go more than four or five levels deep.</summary>
    public const int MaxDepth = 32;

    /// <summary>Values repeated through aliases, in all: far more than any settings file repeats, far fewer than a bomb.</summary>
    public const int MaxRepeatedValues = 10_000;

    /// <summary>The values in each collection still open, with its anchor, its aliases' values counted in full.</summary>
    private readonly Stack<(AnchorName Anchor, long Values)> _open = new();

    /// <summary>How many values each anchored node holds, aliases inside it counted in full.</summary>
    private readonly Dictionary<AnchorName, long> _anchored = [];

    private long _repeated;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
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

                _open.Push((((NodeEvent)inner.Current).Anchor, 1));
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, values) = _open.Pop();
                Ended(anchor, values);
                break;
            case Scalar scalar:
                Ended(scalar.Anchor, 1);
                break;
            case AnchorAlias alias:
                var repeated = _anchored.GetValueOrDefault(alias.Value, 1);
                _repeated += repeated;
                if (_repeated > MaxRepeatedValues)
                {
                    throw new YamlLimitException(alias,
                        $"The settings repeat other settings (with '*' markers) so often that they would grow to more than {MaxRepeatedValues:N0} values, so the file was not read.",
                        "Write the settings out in full instead of repeating them with '&' and '*' markers.");
                }

                Ended(AnchorName.Empty, repeated);
                break;
        }

        return true;
    }

    /// <summary>A node is complete: it counts towards the collection around it, and its anchor remembers its size.</summary>
    private void Ended(AnchorName anchor, long values)
    {
        if (!anchor.IsEmpty)
        {
            _anchored[anchor] = values;
        }

        if (_open.TryPop(out var parent))
        {
            _open.Push((parent.Anchor, parent.Values + values));
        }
    }
}

/// <summary>Settings past one of <see cref="BoundedParser"/>'s limits, at the event that passed it.</summary>
/// <param name="Words">The message for the clerk (the exception's own message starts with the position).</param>
internal sealed class YamlLimitException(ParsingEvent at, string words, string hint) : YamlException(at.Start, at.End, words)
{
    public string Words { get; } = words;

    public string Hint { get; } = hint;
}
