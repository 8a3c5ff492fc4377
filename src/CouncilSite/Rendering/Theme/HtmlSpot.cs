using Scriban.Syntax;

namespace CouncilSite.Rendering.Theme;

/// <summary>Where in a page's HTML a template prints a value, which decides how the value is escaped.</summary>
internal enum SpotKind
{
    /// <summary>Between tags (or in a comment): <c>&lt;p&gt;{{ x }}&lt;/p&gt;</c>.</summary>
    Text,

    /// <summary>In a quoted attribute value: <c>title="{{ x }}"</c>.</summary>
    QuotedValue,

    /// <summary>In an attribute value without quotes: <c>id={{ x }}</c>.</summary>
    UnquotedValue,

    /// <summary>Inside a tag, outside any value (<c>&lt;div {{ x }}&gt;</c>): no printed value is safe here.</summary>
    Tag,

    /// <summary>In an event handler, a <c>style</c> or <c>srcdoc</c> attribute: read as script, CSS or a page, so no printed value is safe.</summary>
    ScriptValue,

    /// <summary>Inside <c>&lt;script&gt;</c> or <c>&lt;style&gt;</c>, where entities mean nothing: only library-made HTML.</summary>
    RawText,
}

/// <param name="Url">The attribute holds an address (<c>href</c>, <c>src</c> ...).</param>
/// <param name="AddressBegan">
/// The template text or value where the address began: what is written from there is read with
/// the value, as the browser will read it, because anything before it (spaces, a branch of an
/// <c>if</c>) may or may not leave the scheme to the value.
/// </param>
internal readonly record struct HtmlSpot(SpotKind Kind, bool Url = false, ScriptNode? AddressBegan = null);
