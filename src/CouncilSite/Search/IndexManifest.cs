using System.Globalization;
using System.Text;

namespace CouncilSite.Search;

/// <summary>
/// The index's first file, loaded with the page: how many results there are and how they are
/// grouped (the filters and the ranking read the groups), each chunk's key, and the language's
/// endings the browser may take off a typed word.
/// </summary>
/// <remarks>
/// <c>{"version", "documents", "shard", "kinds": [names], "committees": [[id, name]],
/// "groups": [[kind, committee (-1: none), year (0: none), first, count]], "chunks": [keys],
/// "endings": [...]}</c>; kinds are numbered as <see cref="SearchKind"/>, committees in the list's order.
/// </remarks>
internal static class IndexManifest
{
    public const string Name = "manifest";

    public static byte[] Script(string version, int documents, int shard, IReadOnlyList<ResultGroup> groups, ResultLabels labels, IReadOnlyList<WordChunks> chunks, SearchLanguage language)
    {
        var committees = groups.Select(g => g.CommitteeId).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var json = new StringBuilder("{\"version\":");
        ScriptText.String(json, version);
        json.Append(",\"documents\":").Append(CultureInfo.InvariantCulture, $"{documents}").Append(",\"shard\":").Append(CultureInfo.InvariantCulture, $"{shard}").Append(",\"kinds\":");
        ScriptText.Strings(json, Enum.GetValues<SearchKind>().Select(SearchKinds.Name));
        json.Append(",\"committees\":[");
        for (var i = 0; i < committees.Count; i++)
        {
            ScriptText.String(json.Append(i > 0 ? ",[" : "["), committees[i]).Append(',');
            ScriptText.String(json, labels.CommitteeName(committees[i]) ?? committees[i]).Append(']');
        }

        json.Append("],\"groups\":[");
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var committee = g.CommitteeId is null ? -1 : committees.IndexOf(g.CommitteeId);
            json.Append(i > 0 ? ",[" : "[").Append(CultureInfo.InvariantCulture, $"{(int)g.Kind},{committee},{g.Year},{g.Start},{g.Count}]");
        }

        ScriptText.Strings(json.Append("],\"chunks\":"), chunks.Select(c => c.Key));
        ScriptText.Strings(json.Append(",\"endings\":"), language.QueryEndings);
        return ScriptText.Adding(Name, json.Append('}'));
    }
}
