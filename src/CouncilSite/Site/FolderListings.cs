using System.Collections.Concurrent;

namespace CouncilSite.Site;

/// <summary>
/// The listings of the site's folders, kept by a preview session from build to build: on a large
/// site, listing every folder and checking each entry for links took a good part of a rebuild.
/// A listing is kept only while nothing in its folder (or below it, for a listing of all the
/// files below) was created, deleted or renamed.
/// </summary>
public sealed class FolderListings
{
    private readonly ConcurrentDictionary<(string Folder, Kind Kind), IReadOnlyList<string>> _known = new();

    internal enum Kind
    {
        Files,
        AllFiles,
        Folders,
    }

    /// <summary>Starts a build: the listings that <paramref name="changes"/> may have changed are forgotten.</summary>
    internal void Start(ChangedPaths changes)
    {
        if (changes.IsEverything)
        {
            _known.Clear();
            return;
        }

        foreach (var key in _known.Keys.Where(k => changes.ChangesListing(k.Folder, recursive: k.Kind == Kind.AllFiles)))
        {
            _known.TryRemove(key, out _);
        }
    }

    internal IReadOnlyList<string> Get(string folder, Kind kind, Func<IReadOnlyList<string>> list) =>
        _known.TryGetValue((folder, kind), out var known) ? known : _known[(folder, kind)] = list();
}
