using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CouncilSite.Content;

/// <summary>
/// A text kept from the Load stage to the end of the build, held as UTF-8: a clerk's English or
/// Welsh takes one byte a character that way against two as a string, and a large council's
/// Markdown is kept twice (as written, and as plain text for the search). A text that UTF-8
/// cannot hold exactly (a lone half of a surrogate pair) is kept as it is, so what comes back is
/// always the very text that was given.
/// </summary>
public sealed class Utf8Text : IEquatable<Utf8Text>
{
    public static readonly Utf8Text Empty = new("");

    /// <summary>The text as UTF-8, or null when it is kept in <see cref="_string"/>.</summary>
    private readonly byte[]? _bytes;

    private readonly string? _string;

    public Utf8Text(string text)
    {
        Length = text.Length;
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            _bytes = bytes;
        }
        else
        {
            _string = text;
        }
    }

    /// <summary>The number of characters of the text as a string.</summary>
    public int Length { get; }

    /// <summary>The text as a string, made anew at each call: callers use it and let it go.</summary>
    public override string ToString() => _bytes is null ? _string! : Encoding.UTF8.GetString(_bytes);

    public bool Equals(Utf8Text? other) =>
        other is not null && Length == other.Length && (_bytes is null ? other._bytes is null && string.Equals(_string, other._string, StringComparison.Ordinal) : other._bytes is not null && _bytes.AsSpan().SequenceEqual(other._bytes));

    public override bool Equals(object? obj) => Equals(obj as Utf8Text);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes ?? System.Runtime.InteropServices.MemoryMarshal.AsBytes(_string.AsSpan()));
        return hash.ToHashCode();
    }

    /// <summary>Whether this is exactly <paramref name="text"/>, compared without making a string.</summary>
    public bool Is(string text)
    {
        if (text.Length != Length)
        {
            return false;
        }

        if (_bytes is null)
        {
            return string.Equals(_string, text, StringComparison.Ordinal);
        }

        Span<byte> chunk = stackalloc byte[1024];
        ReadOnlySpan<char> rest = text;
        ReadOnlySpan<byte> kept = _bytes;
        while (rest.Length > 0)
        {
            // A full chunk stops before a character that does not fit whole, which the next chunk starts with.
            var status = Utf8.FromUtf16(rest, chunk, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.InvalidData || written > kept.Length || !chunk[..written].SequenceEqual(kept[..written]))
            {
                return false;
            }

            rest = rest[read..];
            kept = kept[written..];
        }

        return kept.Length == 0;
    }
}
