using System.Globalization;
using System.Text;
using Markdig.Renderers;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// A Markdown text drawn as HTML once, while the loader still has its tree, with every link
/// address left as a slot. The address a link gets depends on the page it is shown on and on the
/// addresses of the whole site, which are known only after everything is loaded; filling the
/// slots then costs far less than parsing the text a second time, and the HTML, kept as UTF-8, is
/// a small part of the size of the tree (see <see cref="CouncilSite.Content.MarkdownSource"/>).
/// </summary>
public sealed class DrawnMarkdown
{
    /// <summary>
    /// What a slot is drawn as. Links are written through Markdig's URL escaping, which leaves
    /// these characters as they are; a text that happens to contain the same words is caught when
    /// the slots are counted (see <see cref="Draw"/>) and is drawn from its text instead.
    /// </summary>
    private const string SlotMark = "councilsite-link-slot-";

    /// <summary>The HTML without its slots, as UTF-8.</summary>
    private readonly byte[] _html;

    /// <summary>The number of characters of <see cref="_html"/> as a string.</summary>
    private readonly int _length;

    /// <summary>Where each slot goes in <see cref="_html"/> (a byte offset, on a character boundary).</summary>
    private readonly int[] _slots;

    /// <summary>Each slot's address as written in the text, for the page's link rewriter.</summary>
    private readonly string[] _addresses;

    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringWriter Writer)? t_escaper;

    private DrawnMarkdown(byte[] html, int length, int[] slots, string[] addresses, IReadOnlyList<BlockAnchor> anchors)
    {
        _html = html;
        _length = length;
        _slots = slots;
        _addresses = addresses;
        Anchors = anchors;
    }

    /// <summary>The ids the blocks were drawn with; a page that gives other ids draws the text again.</summary>
    public IReadOnlyList<BlockAnchor> Anchors { get; }

    /// <summary>
    /// Draws with <paramref name="write"/>, which writes the HTML passing each link address through
    /// the rewriter it is given. Null when the slots cannot be told apart from the text.
    /// </summary>
    internal static DrawnMarkdown? Draw(Func<Func<string, string>, string> write, IReadOnlyList<BlockAnchor> anchors)
    {
        var addresses = new List<string>();
        var html = write(address =>
        {
            addresses.Add(address);
            return SlotMark + (addresses.Count - 1).ToString(CultureInfo.InvariantCulture) + "-";
        });

        // The HTML between the slots, which must be exactly the ones drawn, in order.
        var pieces = new List<Range>(addresses.Count + 1);
        var from = 0;
        while (html.IndexOf(SlotMark, from, StringComparison.Ordinal) is var at and >= 0)
        {
            var expected = SlotMark + pieces.Count.ToString(CultureInfo.InvariantCulture) + "-";
            if (pieces.Count >= addresses.Count || string.CompareOrdinal(html, at, expected, 0, expected.Length) != 0)
            {
                return null;
            }

            pieces.Add(from..at);
            from = at + expected.Length;
        }

        if (pieces.Count != addresses.Count)
        {
            return null;
        }

        pieces.Add(from..);
        var bytes = new byte[pieces.Sum(p => Encoding.UTF8.GetByteCount(html.AsSpan(p)))];
        var slots = new int[addresses.Count];
        var written = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i > 0)
            {
                slots[i - 1] = written;
            }

            written += Encoding.UTF8.GetBytes(html.AsSpan(pieces[i]), bytes.AsSpan(written));
        }

        return new DrawnMarkdown(bytes, pieces.Sum(p => p.GetOffsetAndLength(html.Length).Length), slots, [.. addresses], anchors);
    }

    /// <summary>The HTML with each slot filled with its address passed through <paramref name="rewrite"/>, escaped as Markdig escapes it.</summary>
    public string Fill(Func<string, string> rewrite)
    {
        var links = new string[_addresses.Length];
        var length = _length;
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = Escape(rewrite(_addresses[i]));
            length += links[i].Length;
        }

        return string.Create(length, (this, links), static (span, state) =>
        {
            var (drawn, links) = state;
            var written = 0;
            var from = 0;
            for (var i = 0; i <= links.Length; i++)
            {
                var to = i < links.Length ? drawn._slots[i] : drawn._html.Length;
                written += Encoding.UTF8.GetChars(drawn._html.AsSpan(from, to - from), span[written..]);
                if (i < links.Length)
                {
                    links[i].CopyTo(span[written..]);
                    written += links[i].Length;
                }

                from = to;
            }
        });
    }

    private static string Escape(string address)
    {
        t_escaper ??= NewEscaper();
        var (renderer, writer) = t_escaper.Value;
        writer.GetStringBuilder().Clear();
        renderer.WriteEscapeUrl(address);
        writer.Flush();
        return writer.GetStringBuilder().ToString();
    }

    private static (HtmlRenderer, StringWriter) NewEscaper()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        return (new HtmlRenderer(writer), writer);
    }
}
