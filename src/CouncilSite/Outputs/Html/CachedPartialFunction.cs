using System.Globalization;
using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Theme;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CouncilSite.Outputs.Html;

/// <summary>
/// The templates' <c>cached</c> function, after Hugo's <c>partialCached</c>:
/// <c>{{ cached 'partials/site-nav.html' { section: page.section } }}</c> draws the partial once and
/// reuses it on every page that passes the same values (see <see cref="PartialCache"/>). Every page
/// frame has the same navigation and footer, and drawing them through the template interpreter on
/// each of a large council's pages took nearly a tenth of the build.
/// </summary>
/// <remarks>
/// The partial sees only <c>site</c>, <c>link</c>, <c>asset</c>, <c>t</c> and the values passed to it, and
/// naming anything else is an error: that is what makes reusing it safe, since nothing else of the
/// page can creep into it.
/// </remarks>
internal sealed class CachedPartialFunction(
    PartialCache cache, Templates templates, SiteView site, RelativeLinkFunction link, RelativeLinkFunction asset, TranslateFunction translate, int loopLimit, DiagnosticBag diagnostics)
    : IScriptCustomFunction
{
    private static readonly string[] Given = ["site", "link", "asset", StringUses.Function];

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(SafeHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "partial") : new ScriptParameterInfo(typeof(ScriptObject), "values");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count is < 1 or > 2 || arguments[0] is not string path)
        {
            throw new ScriptRuntimeException(span, "'cached' takes a partial's path and, if it needs them, its values: cached 'partials/site-nav.html' { section: page.section }.");
        }

        if (!templates.Has(path))
        {
            throw new ScriptRuntimeException(span, $"The theme has no usable partial '{path}' for 'cached'.");
        }

        // Scriban passes a missing optional argument as null.
        var values = arguments.Count == 2 && arguments[1] is not null ? arguments[1] as ScriptObject ?? throw NotValues(span) : null;
        var key = Key(path, translate.Strings.Language, values, span);
        if (cache.Find(key, link, asset) is { } html)
        {
            return new SafeHtml(html);
        }

        var uses = new List<LinkUse>();
        var globals = new ScriptObject { ["site"] = site };
        globals.SetValue("link", link.Recording(uses), true);
        globals.SetValue("asset", asset.Recording(uses), true);
        globals.SetValue(StringUses.Function, translate, true);
        foreach (var (name, value) in values ?? [])
        {
            globals[name] = value;
        }

        // The partial's own error is reported with its line; the page fails too, so no page is
        // made without it (and a preview never keeps one).
        var drawn = templates.RenderAlone(path, globals, loopLimit, diagnostics)
            ?? throw new ScriptRuntimeException(span, $"The partial '{path}' could not be drawn; see the error reported for it.");

        cache.Keep(key, new DrawnPartial(drawn, uses));
        return new SafeHtml(drawn);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The partial, the language of its words and its values, each written with its length so that no two different sets read alike.</summary>
    private static string Key(string path, string language, ScriptObject? values, Scriban.Parsing.SourceSpan span)
    {
        var key = new StringBuilder().Append(path.Length).Append(':').Append(path).Append(language.Length).Append(':').Append(language);
        foreach (var name in (values?.Keys ?? []).Order(StringComparer.Ordinal))
        {
            if (Given.Contains(name))
            {
                throw new ScriptRuntimeException(span, $"'cached' gives every partial '{name}' already; pass this value under another name.");
            }

            var text = values![name] switch
            {
                null => "n",
                string s => "s" + s,
                bool b => b ? "b1" : "b0",
                // Typed, so that 1 and 1.0 (which Scriban divides differently) are different values.
                int or long => "i" + Convert.ToString(values[name], CultureInfo.InvariantCulture),
                double or float => "f" + Convert.ToString(values[name], CultureInfo.InvariantCulture),
                decimal => "m" + Convert.ToString(values[name], CultureInfo.InvariantCulture),
                _ => throw new ScriptRuntimeException(span, $"The value '{name}' given to 'cached' is not text, a number or true/false; pass the part of it the partial needs (such as page.section)."),
            };
            key.Append(name.Length).Append(':').Append(name).Append(text.Length).Append(':').Append(text);
        }

        return key.ToString();
    }

    private static ScriptRuntimeException NotValues(Scriban.Parsing.SourceSpan span) =>
        new(span, "The values given to 'cached' must be written in braces, such as { section: page.section }.");
}
