using CouncilSite.Addresses;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CouncilSite.Outputs.Html;

/// <summary>
/// The templates' <c>link</c> and <c>asset</c> functions for one page: a site address in, the
/// relative link from this page out. Written as a Scriban function rather than an imported
/// delegate because Scriban wraps a delegate by reflection and calls it dynamically, which on
/// every page of a large site cost more than drawing the page.
/// </summary>
/// <param name="rootPath">
/// For the 404 page only: the path of the site root on its host (from site.yml's url, e.g.
/// <c>/</c> or <c>/council/</c>). Hosts serve that page at any missing address, at any depth, where
/// relative links cannot work, so its links start from the root path instead.
/// </param>
/// <param name="uses">While a cached partial is drawn: where each link it asks for is written down, to tell which pages it fits.</param>
/// <param name="language">Where the page's language keeps its pages: <c>link '/about/'</c> on a Welsh page leads to <c>/cy/about/</c>.</param>
internal sealed class RelativeLinkFunction(string from, string prefix, LanguageAddresses language, string? rootPath = null, List<LinkUse>? uses = null) : IScriptCustomFunction
{
    /// <summary><c>link '/meetings/'</c>: any site address; nothing for a missing one.</summary>
    public static RelativeLinkFunction Link(string from, LanguageAddresses language, string? rootPath = null) => new(from, "", language, rootPath);

    /// <summary><c>asset 'style.css'</c>: a file of the theme's <c>assets/</c> folder.</summary>
    public static RelativeLinkFunction Asset(string from, string? rootPath = null) => new(from, "/assets/", LanguageAddresses.Root, rootPath);

    /// <summary>The same function, writing down each link it gives into <paramref name="record"/>.</summary>
    public RelativeLinkFunction Recording(List<LinkUse> record) => new(from, prefix, language, rootPath, record);

    /// <summary>The link from this page to an address (for <c>asset</c>, a file name in <c>assets/</c>).</summary>
    public string Resolve(string? to)
    {
        if (to is null && prefix.Length == 0)
        {
            return "";
        }

        var address = language.Place(prefix + to);
        var result = rootPath is null ? SiteAddress.Relative(from, address) : rootPath + address.TrimStart('/');
        uses?.Add(new LinkUse(prefix.Length > 0, to, result));
        return result;
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "address");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"'{(prefix.Length == 0 ? "link" : "asset")}' takes one address, not {arguments.Count}.");
        }

        return Resolve(arguments[0] is { } value ? context.ObjectToString(value) : null);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary>A link a cached partial asked for: <c>asset</c> or <c>link</c>, the address, and the link it was given.</summary>
internal readonly record struct LinkUse(bool Asset, string? To, string Result);
