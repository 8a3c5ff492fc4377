namespace SearchBench;

/// <summary>What bench/search.py asks for: the built site, its search page, the queries and how often to run each.</summary>
public sealed record BenchOptions(string Site, string Page, int Runs, string Out, IReadOnlyList<string> Queries)
{
    public static BenchOptions Parse(string[] args)
    {
        string? site = null, page = null, output = null;
        var runs = 5;
        var queries = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--site": site = args[++i]; break;
                case "--page": page = args[++i]; break;
                case "--runs": runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                default: queries.Add(args[i]); break;
            }
        }

        if (site is null || page is null || output is null || queries.Count == 0 || runs < 1)
        {
            throw new ArgumentException("Usage: SearchBench --site DIR --page search/index.html [--runs 5] --out results.json QUERY...");
        }

        return new BenchOptions(Path.GetFullPath(site), page, runs, output, queries);
    }
}
