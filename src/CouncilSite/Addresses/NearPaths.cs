using System.Collections.Concurrent;
using CouncilSite.Diagnostics;

namespace CouncilSite.Addresses;

/// <summary>
/// The known paths of a site (its addresses, or its content files), folder by folder, to find the
/// one nearest to a path that leads nowhere: each folder and name of the wanted path that is not
/// among those of the known paths is replaced by the nearest that is (<see cref="NearestName"/>).
/// </summary>
/// <remarks>
/// Built once for a build and asked from every page at once. A site migrated from another system
/// can have a broken link on every page, most of them to the same few thousand places, so each
/// folder's names are indexed once and each wanted path is answered once.
/// </remarks>
/// <param name="withoutMd">Whether a Markdown file may be named without its <c>.md</c>, as between free pages.</param>
public sealed class NearPaths(IEnumerable<string> known, bool withoutMd)
{
    private readonly Lazy<Dictionary<string, HashSet<string>>> _folders = new(() => Folders(known, withoutMd));
    private readonly ConcurrentDictionary<string, Lazy<NearestName>> _near = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _answers = new(StringComparer.Ordinal);

    /// <summary>The nearest known path to <paramref name="wanted"/>; null when a part of it has no near name, or nothing needed replacing.</summary>
    public string? For(string wanted) => _answers.GetOrAdd(wanted, Find);

    private string? Find(string wanted)
    {
        var parts = wanted.Split('/');
        var found = "";
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                found += i == parts.Length - 1 ? "" : "/";
                continue;
            }

            var name = _folders.Value.TryGetValue(found, out var names) && names.Contains(part) ? part : Near(found, names)?.For(part);
            if (name is null)
            {
                return null;
            }

            changed |= name != part;
            found += name + (i < parts.Length - 1 ? "/" : "");
        }

        return changed ? found : null;
    }

    private NearestName? Near(string folder, HashSet<string>? names) =>
        names is null ? null : _near.GetOrAdd(folder, _ => new Lazy<NearestName>(() => new NearestName(names))).Value;

    /// <summary>Each folder (<c>""</c> for the top, else its path and a '/') and the names of what is directly in it.</summary>
    private static Dictionary<string, HashSet<string>> Folders(IEnumerable<string> known, bool withoutMd)
    {
        var folders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var path in known)
        {
            var start = 0;
            while (start < path.Length)
            {
                var slash = path.IndexOf('/', start);
                var end = slash < 0 ? path.Length : slash;
                if (end > start)
                {
                    var folder = path[..start];
                    if (!folders.TryGetValue(folder, out var names))
                    {
                        folders[folder] = names = new HashSet<string>(StringComparer.Ordinal);
                    }

                    var name = path[start..end];
                    names.Add(name);
                    if (withoutMd && name.EndsWith(".md", StringComparison.Ordinal))
                    {
                        names.Add(name[..^3]);
                    }
                }

                if (slash < 0)
                {
                    break;
                }

                start = slash + 1;
            }
        }

        return folders;
    }
}
