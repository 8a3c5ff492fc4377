using System.Collections.Concurrent;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Yaml;

/// <summary>
/// The YAML a preview session has parsed, by file: an unchanged text gives back its tree without
/// parsing it again. Only the tree is kept; each build reads its values afresh (through a new
/// <see cref="YamlFields"/>), so every build reports its own messages about them.
/// </summary>
public sealed class YamlTrees
{
    private readonly ConcurrentDictionary<(string File, int FirstLine), (string Text, YamlMappingNode Tree)> _trees = new();

    internal YamlMappingNode? Find(string file, int firstLine, string text) =>
        _trees.TryGetValue((file, firstLine), out var known) && string.Equals(known.Text, text, StringComparison.Ordinal) ? known.Tree : null;

    internal void Keep(string file, int firstLine, string text, YamlMappingNode tree) => _trees[(file, firstLine)] = (text, tree);
}
