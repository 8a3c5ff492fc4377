namespace CouncilSite.Sections;

/// <summary>The words a search entry is found by, put together from a record's parts.</summary>
public static class SearchText
{
    /// <summary>The parts a line each, leaving out those a record lacks, so no empty line pads the index.</summary>
    public static string Lines(params IEnumerable<string?> parts) => string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
