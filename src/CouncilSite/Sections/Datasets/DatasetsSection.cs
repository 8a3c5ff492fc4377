using CouncilSite.Content;
using CouncilSite.Data;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.OpenData;
using CouncilSite.Search;

namespace CouncilSite.Sections.Datasets;

/// <summary>The datasets described in <c>data/</c>, with their files read (a CSV file into a typed table).</summary>
public sealed record OpenDataContent(IReadOnlyList<Dataset> Datasets, DataCatalogue Data);

/// <summary>Open data: <c>data/</c>, a file with a <c>.yml</c> description a dataset, and a page each.</summary>
public sealed class DatasetsSection : Section<OpenDataContent>
{
    public override IReadOnlyList<string> Folders => ["data"];

    protected override OpenDataContent Read(LoadContext context)
    {
        var datasets = DatasetLoader.Load(context).OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList();
        return new OpenDataContent(datasets, DataCatalogueReader.Read(datasets, context.Folder, context.Diagnostics));
    }

    public override int Items(SiteContent content) => content.Datasets.Count;

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.Datasets.Count > 0 ? [new(format.Text("data.title"), DatasetRoutes.Index, "data")] : [];

    public override IEnumerable<CopiedFile> Copies(SiteContent content) => content.Datasets.Select(d => d.File.Copy);

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => DataPages.Pages(model);

    /// <summary>Each dataset's rows as JSON and its CSV on the Web metadata, and the catalogues of them all.</summary>
    public override IEnumerable<OutputFile> Files(SiteModel model) => OpenDataFiles.Make(model.Content, model.Content.Data);

    public override IEnumerable<SearchEntry> Search(SiteModel model) => DatasetSearch.Entries(model);
}

/// <summary>The open data as every part of the build finds it.</summary>
public static class OpenDataOfSite
{
    extension(SiteContent content)
    {
        /// <summary>Every dataset, by title.</summary>
        public IReadOnlyList<Dataset> Datasets => content.Of<OpenDataContent>().Datasets;

        /// <summary>Every dataset with its file read, in the same order.</summary>
        public DataCatalogue Data => content.Of<OpenDataContent>().Data;
    }
}
