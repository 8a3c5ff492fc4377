namespace CouncilSite.Diagnostics;

/// <summary>
/// Collects every message of a build (loaders and renderers run in parallel), so that a clerk
/// sees all the mistakes in one run instead of fixing them one build at a time.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The files and folders errors name, so that asking about one costs the same however many messages there are.</summary>
    private readonly HashSet<string> _errorFiles = new(StringComparer.Ordinal);

    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
            if (diagnostic.IsError)
            {
                _errorFiles.Add(diagnostic.File);
            }
        }
    }

    public void Error(string file, int line, int column, string code, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, file, line, column, code, message, hint));

    public void Warning(string file, int line, int column, string code, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, file, line, column, code, message, hint));

    /// <summary>Takes back the messages that turned out not to apply, such as a setting the theme reads after all.</summary>
    public void Withdraw(Func<Diagnostic, bool> applies)
    {
        lock (_lock)
        {
            _items.RemoveAll(d => applies(d));
            _errorFiles.Clear();
            _errorFiles.UnionWith(_items.Where(d => d.IsError).Select(d => d.File));
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _errorFiles.Count > 0;
            }
        }
    }

    /// <summary>True when an error names this file, or a folder holding it.</summary>
    public bool HasErrorAbout(string file)
    {
        lock (_lock)
        {
            for (var named = file; ; named = named[..named.LastIndexOf('/')])
            {
                if (_errorFiles.Contains(named))
                {
                    return true;
                }

                if (!named.Contains('/'))
                {
                    return false;
                }
            }
        }
    }

    /// <summary>Messages in a stable order (file, line, column, code) so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
