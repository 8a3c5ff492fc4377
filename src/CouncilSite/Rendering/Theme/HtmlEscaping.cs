using System.Globalization;
using System.Net;
using System.Text;
using CouncilSite.Addresses;
using CouncilSite.Rendering.Language;

namespace CouncilSite.Rendering.Theme;

/// <summary>How a value a template prints is written at each <see cref="HtmlSpot"/>.</summary>
internal static class HtmlEscaping
{
    /// <summary>
    /// What an address that would run a script is replaced by: a link that goes nowhere, as the
    /// HTML standard's own example of a harmless address does.
    /// </summary>
    public const string BlockedUrl = "about:invalid#unsafe-address";

    /// <summary>The HTML to write for <paramref name="value"/> (given as text in <paramref name="text"/>), or null where no value may go.</summary>
    /// <param name="addressSoFar">In an address attribute, the HTML already written into it before this value.</param>
    public static string? Print(object value, string text, HtmlSpot spot, string addressSoFar)
    {
        var html = spot.Kind switch
        {
            SpotKind.Text or SpotKind.QuotedValue when value is Words words => Print(words, spot),
            SpotKind.Text => value is SafeHtml or EscapedText ? text : Escape(text),
            SpotKind.QuotedValue => value switch
            {
                EscapedText => text,
                // Library HTML keeps its markup, which means nothing in an attribute, but not its quotes.
                SafeHtml => text.Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal),
                _ => Escape(text),
            },
            SpotKind.UnquotedValue => EncodeAll(value is SafeHtml or EscapedText ? WebUtility.HtmlDecode(text) : text),
            SpotKind.RawText => value is SafeHtml ? text : null,
            _ => null,
        };

        // The address is read as the browser will read it, with what precedes the value: leading
        // spaces or an empty branch of an if leave the scheme to the value, and "java" before it does too.
        if (html is not null && spot.Url && !UrlSchemes.IsSafeInBrowser(AttributeText.Decode(addressSoFar + html)))
        {
            return BlockedUrl;
        }

        return html;
    }

    /// <summary>
    /// A string of the strings file: its own words between tags need only <c>&amp;</c>, <c>&lt;</c> and
    /// <c>&gt;</c> escaped, as a theme's words written in a template have none; each value in it is
    /// escaped as it would be printed alone.
    /// </summary>
    private static string Print(Words words, HtmlSpot spot)
    {
        var html = new StringBuilder();
        foreach (var part in words.Parts)
        {
            html.Append(part.Value is null
                ? spot.Kind == SpotKind.Text ? EscapeText(part.Text) : Escape(part.Text)
                : Print(part.Value, part.Text, spot with { Url = false }, "") ?? Escape(part.Text));
        }

        return html.ToString();
    }

    private static string EscapeText(string text) =>
        text.AsSpan().IndexOfAny("&<>") < 0 ? text : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The five characters that mean something in HTML text and in quoted attributes.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                html.Append(c);
            }
            else
            {
                html.Append(entity);
            }
        }

        return html.ToString();
    }

    /// <summary>An unquoted attribute value ends at any space or quote: all but letters, digits and <c>-_.</c> become references.</summary>
    private static string EncodeAll(string text)
    {
        var html = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '.'))
            {
                html.Append((char)rune.Value);
            }
            else
            {
                html.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return html.ToString();
    }
}
