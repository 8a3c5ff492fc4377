using System.Runtime.CompilerServices;
using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Language;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CouncilSite.Rendering.Theme;

/// <summary>
/// The theme's Scriban templates, each parsed once per build and shared by every page
/// (Scriban templates are immutable once parsed; each render gets its own context).
/// </summary>
public sealed class Templates
{
    private readonly Dictionary<string, Template> _parsed;
    private readonly Dictionary<string, string> _origins;
    private readonly TemplateSpots _spots;

    /// <summary>
    /// One context per thread, reused page after page: a new context builds Scriban's builtin
    /// functions and learns every model type's members again, which cost more than the page.
    /// </summary>
    private readonly ThreadLocal<TemplateContext> _contexts;

    /// <summary>
    /// For partials drawn on their own while a page is drawn (<see cref="RenderAlone"/>): a context
    /// writes into one output, which the page still holds. Unknown names are errors here, so a
    /// partial that reads what it was not given is told so instead of quietly drawing nothing.
    /// </summary>
    private readonly ThreadLocal<TemplateContext> _aloneContexts;

    private Templates(Dictionary<string, Template> parsed, Dictionary<string, string> origins, TemplateSpots spots)
    {
        _parsed = parsed;
        _origins = origins;
        _spots = spots;
        _contexts = new ThreadLocal<TemplateContext>(() => NewContext(strict: false));
        _aloneContexts = new ThreadLocal<TemplateContext>(() => NewContext(strict: true));
    }

    public static Templates Parse(Theme theme, DiagnosticBag diagnostics)
    {
        // Scriban lists its builtin functions by reflection once per process, and every
        // render thread's first context waited for it; begun here, it is done beside the templates' parsing and the Model stage.
        _ = Task.Run(() => RuntimeHelpers.RunClassConstructor(typeof(BuiltinFunctions).TypeHandle));
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        var spots = new TemplateSpots();
        foreach (var file in theme.Under("layouts/").Concat(theme.Under("partials/")))
        {
            var text = Encoding.UTF8.GetString(file.Read());
            var template = Template.Parse(text, file.Origin);
            origins[file.Path] = file.Origin;
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Error(file.Origin, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                        DiagnosticCodes.TemplateError, message.Message, "Check the {{ }} tags of this template file.");
                }

                continue;
            }

            parsed[file.Path] = template;
            spots.Add(template.Page!);
        }

        return new Templates(parsed, origins, spots);
    }

    public bool Has(string path) => _parsed.ContainsKey(path);

    /// <summary>
    /// Each call of a template function whose first argument is written in the template as text,
    /// such as <c>t 'meetings.title'</c>: what the build can check before drawing any page.
    /// </summary>
    public IEnumerable<(SourceSpan Span, string Argument)> LiteralCalls(string function)
    {
        var calls = new List<(SourceSpan, string)>();
        foreach (var template in _parsed.Values)
        {
            Collect(template.Page!, function, calls);
        }

        return calls;
    }

    private static void Collect(ScriptNode node, string function, List<(SourceSpan, string)> into)
    {
        if (node is ScriptFunctionCall { Target: ScriptVariable variable } call && variable.Name == function &&
            call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string argument })
        {
            into.Add((call.Span, argument));
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Collect(child, function, into);
            }
        }
    }

    /// <summary>Renders a layout. Template errors become messages that name the theme file.</summary>
    /// <param name="loopLimit">Set from the size of the site: Scriban's default of 1,000 breaks a large council's indexes.</param>
    public string? Render(string path, ScriptObject globals, int loopLimit, DiagnosticBag diagnostics) =>
        Render(path, globals, loopLimit, diagnostics, _contexts);

    /// <summary>
    /// Renders a partial with only the given globals (and Scriban's builtins), beside a page being
    /// drawn on the same thread; a name the globals lack is an error.
    /// </summary>
    public string? RenderAlone(string path, ScriptObject globals, int loopLimit, DiagnosticBag diagnostics) =>
        Render(path, globals, loopLimit, diagnostics, _aloneContexts);

    private string? Render(string path, ScriptObject globals, int loopLimit, DiagnosticBag diagnostics, ThreadLocal<TemplateContext> contexts)
    {
        if (!_parsed.TryGetValue(path, out var template))
        {
            diagnostics.Error(_origins.GetValueOrDefault(path) ?? $"(theme)/{path}", 0, 0, DiagnosticCodes.TemplateError,
                $"The theme has no usable template {path}.", "Restore the file from the default theme, or fix the errors reported for it.");
            return null;
        }

        var context = contexts.Value!;
        context.LoopLimit = loopLimit;
        context.PushGlobal(globals);
        try
        {
            var html = template.Render(context);
            context.PopGlobal();
            return html;
        }
        catch (Exception ex) when (ex is ScriptRuntimeException or InvalidOperationException or ArgumentException)
        {
            // A failed render can leave scopes open; the next page on this thread starts afresh.
            contexts.Value = NewContext(context.StrictVariables);
            var span = ex is ScriptRuntimeException sre ? sre.Span : default;
            diagnostics.Error(span.FileName ?? _origins.GetValueOrDefault(path) ?? path, span.Start.Line + 1, span.Start.Column + 1,
                ex is StringException strings ? strings.Code : DiagnosticCodes.TemplateError, ex is ScriptRuntimeException s ? s.OriginalMessage : ex.Message,
                "A theme template failed while making a page; check the named template.");
            return null;
        }
    }

    private TemplateContext NewContext(bool strict)
    {
        var context = new EscapingContext(_spots)
        {
            TemplateLoader = new Loader(),
            LimitToString = 0,
            EnableRelaxedMemberAccess = true,
            StrictVariables = strict,
        };
        foreach (var (name, partial) in _parsed)
        {
            context.CachedTemplates[name] = partial;
        }

        return context;
    }

    /// <summary>Lets <c>{{ include 'partials/x.html' }}</c> find the already-parsed partials.</summary>
    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"The theme has no usable template '{templatePath}'.");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
