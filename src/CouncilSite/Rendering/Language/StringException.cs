using CouncilSite.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace CouncilSite.Rendering.Language;

/// <summary>A string asked for that its strings file cannot give; reported with its own code at the template line that asked.</summary>
public sealed class StringException(SourceSpan span, string code, string message) : ScriptRuntimeException(span, message)
{
    public string Code => code;

    public static StringException Missing(string key, Strings strings, SourceSpan span = default) =>
        new(span, DiagnosticCodes.StringMissing, MissingMessage(key, strings.File));

    public static StringException ValueMissing(string key, string name, Strings strings, SourceSpan span = default) =>
        new(span, DiagnosticCodes.StringValueMissing,
            $"The string '{key}' in {strings.File} shows a value '{{{name}}}' that was not given: write t '{key}' {{ {name}: ... }}.");

    public static string MissingMessage(string key, string file) =>
        $"There is no string '{key}' in {file}: add a line '{key}: ...' (or the key under its group) to that file.";
}
