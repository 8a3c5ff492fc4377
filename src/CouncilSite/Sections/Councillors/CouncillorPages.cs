using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Home;

namespace CouncilSite.Sections.Councillors;

/// <summary>A councillor as the templates show them (the template's <c>councillor</c>).</summary>
public sealed record CouncillorView(
    string Name,
    string Address,
    string? Role,
    string? Ward,
    string? Email,
    string? Phone,
    string? TermEndsText,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> Interests,
    string? InterestsAddress,
    string? PhotoAddress,
    string? PhotoAlt);

/// <summary>The list of councillors and a page each.</summary>
public static class CouncillorPages
{
    private static Crumb Index(Format format) => new(format.Text("councillors.title"), CouncillorRoutes.Index);

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var views = content.Councillors.Select(c => View(c, model)).ToList();
        yield return new HtmlPage(CouncillorRoutes.Index, model.Format.Text("councillors.title"), "councillors", [HomePage.Crumb(model.Format)],
            new CouncillorsPageModel(views),
            Description: model.Format.Text("councillors.description", ("council", content.Config.Name)));

        for (var i = 0; i < views.Count; i++)
        {
            yield return new HtmlPage(views[i].Address, views[i].Name, "councillors", [HomePage.Crumb(model.Format), Index(model.Format)],
                new CouncillorPageModel(views[i], content.Councillors[i].Extra),
                content.Councillors[i].Content, Sources: [content.Councillors[i].Content.File]);
        }
    }

    private static CouncillorView View(Councillor c, SiteModel model) => new(
        c.Name,
        c.Address,
        c.Role,
        c.Ward,
        c.Email,
        c.Phone,
        c.TermEnds is { } t ? model.Format.Date(t) : null,
        c.Responsibilities,
        c.Interests,
        c.InterestsFile is null ? null : model.CopiedTo(c.InterestsFile),
        c.Photo is null ? null : model.CopiedTo(c.Photo),
        c.PhotoAlt);
}
