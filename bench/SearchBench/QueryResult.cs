namespace SearchBench;

/// <summary>One query, measured <see cref="Runs"/> times.</summary>
public sealed record QueryResult(string Query, IReadOnlyList<QueryRun> Runs);

/// <param name="PageFiles">Files of the site the browser asked for while opening the search page, relative to the site's folder.</param>
/// <param name="QueryFiles">Files asked for from typing the query until the results were shown and nothing more was asked for.</param>
/// <param name="Status">What the status line said.</param>
/// <param name="Links">The results' links, in order.</param>
/// <param name="ShownAfterLastFileMs">
/// From the last file of the query arriving to the results list (with no results, the status line)
/// last changing, both as the browser reports them to the benchmark; null when the query loaded nothing.
/// </param>
public sealed record QueryRun(
    IReadOnlyList<string> PageFiles,
    IReadOnlyList<string> QueryFiles,
    string Status,
    IReadOnlyList<string> Links,
    double? ShownAfterLastFileMs);
