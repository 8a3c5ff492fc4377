using CouncilSite.Rendering.Language;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CouncilSite.Rendering.Theme;

/// <summary>
/// The template context every page is drawn with. Each value a template prints is escaped for the
/// place it lands (<see cref="TemplateSpots"/>): text and attributes are escaped, a value that would
/// make the address in <c>href</c> or <c>src</c> run a script is replaced, and a value inside a tag,
/// an event handler or a script is an error. Only <see cref="SafeHtml"/> is written as it is.
/// So a theme cannot forget to escape a clerk's file name or setting: it is escaped whether or
/// not the template says <c>html.escape</c>.
/// </summary>
internal sealed class EscapingContext : TemplateContext
{
    private readonly TemplateSpots _spots;

    /// <summary>Where in which output the address attribute being written began.</summary>
    private (ScriptNode Statement, StringBuilderOutput Output, int Offset)? _address;

    public EscapingContext(TemplateSpots spots)
    {
        _spots = spots;

        // What these give is HTML this context drew or escaped itself; printing it again must not escape it twice.
        foreach (var name in new[] { "include", "include_join" })
        {
            if (BuiltinObject[name] is IScriptCustomFunction include)
            {
                BuiltinObject.SetValue(name, new TrustedResult(include, html => new SafeHtml(html)), true);
            }
        }

        if (BuiltinObject["html"] is ScriptObject html && html["escape"] is IScriptCustomFunction escape)
        {
            html.SetValue("escape", new TrustedResult(escape, text => new EscapedText(text)), true);
        }
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptRawStatement or ScriptExpressionStatement && _spots.AddressStartIn(scriptNode) is { } offset &&
            Output is StringBuilderOutput output)
        {
            _address = (scriptNode, output, output.Builder.Length + offset);
        }

        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (result is null || scriptNode is not ScriptExpressionStatement { CanOutput: true })
        {
            return result;
        }

        var spot = _spots.Of(scriptNode);
        return new SafeHtml(HtmlEscaping.Print(result, ObjectToString(result), spot, AddressSoFar(spot)) ?? throw Refused(scriptNode, spot));
    }

    /// <summary>
    /// The HTML written into the address attribute before this value. Where it cannot be told
    /// (the value is drawn into a capture or an include) the value is taken to begin the address.
    /// </summary>
    private string AddressSoFar(HtmlSpot spot) =>
        spot.AddressBegan is { } began && _address is var (statement, output, offset) && ReferenceEquals(statement, began) &&
        ReferenceEquals(output, Output) && offset <= output.Builder.Length
            ? output.Builder.ToString(offset, output.Builder.Length - offset)
            : "";

    /// <summary>Whatever reaches the output without passing through <see cref="Evaluate"/> is escaped as text.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, textAsObject is SafeHtml or EscapedText ? ObjectToString(textAsObject) : HtmlEscaping.Escape(ObjectToString(textAsObject)));

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        SafeHtml safe => safe.Html,
        EscapedText escaped => escaped.Html,
        Words words => words.Text,
        _ => base.ObjectToString(value, nested) ?? "",
    };

    private static ScriptRuntimeException Refused(ScriptNode statement, HtmlSpot spot) => new(statement.Span, spot.Kind switch
    {
        SpotKind.Tag => "A value cannot be printed inside a tag, outside an attribute's quotes: write the attribute in the template, e.g. class=\"{{ value }}\".",
        SpotKind.ScriptValue => "A value cannot be printed into an event handler (on...), a style or a srcdoc attribute: the site runs no script, and a value there could.",
        _ => "Only HTML made by CouncilSite (such as page.content) can be printed inside <script> or <style>: a value there is not escaped by the browser.",
    });

    /// <summary>A builtin function whose text result is marked as made by the library.</summary>
    private sealed class TrustedResult(IScriptCustomFunction inner, Func<string, object> mark) : IScriptCustomFunction
    {
        public int RequiredParameterCount => inner.RequiredParameterCount;

        public int ParameterCount => inner.ParameterCount;

        public ScriptVarParamKind VarParamKind => inner.VarParamKind;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Marked(inner.Invoke(context, callerContext, arguments, blockStatement));

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Marked(await inner.InvokeAsync(context, callerContext, arguments, blockStatement));

        private object? Marked(object? result) => result is string text ? mark(text) : result;
    }
}
