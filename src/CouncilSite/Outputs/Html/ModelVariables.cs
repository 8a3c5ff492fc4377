using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace CouncilSite.Outputs.Html;

/// <summary>
/// The template variables of each kind of <see cref="PageModel"/>: its public properties but the
/// layout, under the names Scriban gives members in templates, so <c>{{ recent_years }}</c> is
/// read as <c>{{ page.nav_address }}</c> is. Worked out once per kind, not for every page.
/// </summary>
internal sealed class ModelVariables
{
    private readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> _byType = new();

    public void CopyInto(PageModel model, ScriptObject globals)
    {
        foreach (var (name, property) in _byType.GetOrAdd(model.GetType(), Of))
        {
            globals[name] = property.GetValue(model);
        }
    }

    /// <summary>The variables a kind of model gives its layout, by the names templates read.</summary>
    public static IEnumerable<string> Names(Type type) => Of(type).Select(v => v.Name);

    private static (string Name, PropertyInfo Property)[] Of(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(PageModel.Layout) && p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(p => (StandardMemberRenamer.Rename(p.Name), p))
            .ToArray();
}
