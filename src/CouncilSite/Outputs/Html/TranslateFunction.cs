using CouncilSite.Rendering.Language;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CouncilSite.Outputs.Html;

/// <summary>
/// The templates' <c>t</c> function: <c>t 'meetings.title'</c> gives the string of that key in the
/// page's language, and <c>t 'meetings.in_year' { year: group.year }</c> puts values in its
/// <c>{year}</c> places. What it gives is text (<see cref="Words"/>), escaped where it is printed like any value.
/// </summary>
internal sealed class TranslateFunction(Strings strings) : IScriptCustomFunction
{
    public Strings Strings => strings;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(Words);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(ScriptObject), "values");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count is < 1 or > 2 || arguments[0] is not string key)
        {
            throw new ScriptRuntimeException(span, "'t' takes a string's key and, if it shows values, the values: t 'meetings.in_year' { year: group.year }.");
        }

        // Scriban passes a missing optional argument as null.
        var values = arguments.Count == 2 && arguments[1] is not null
            ? arguments[1] as ScriptObject ?? throw new ScriptRuntimeException(span, "The values given to 't' must be written in braces, such as { year: group.year }.")
            : null;
        var text = strings.Find(key) ?? throw StringException.Missing(key, strings, span);
        var words = text.Parts(name => values is not null && values.TryGetValue(name, out var value) && value is not null ? (context.ObjectToString(value) ?? "", value) : null, out var missing);
        return missing is null ? words : throw StringException.ValueMissing(key, missing, strings, span);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
