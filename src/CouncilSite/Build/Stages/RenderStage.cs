using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Markdown;

namespace CouncilSite.Build.Stages;

/// <summary>The Render stage: every page drawn with the theme, side by side.</summary>
public static class RenderStage
{
    /// <summary>Draws every page and hands each to <paramref name="sink"/> as soon as it is drawn, so pages are not held until the end.</summary>
    public static void Run(BuildContext build, LoadedSite loaded, SitePlan plan, IOutputSink sink)
    {
        var addresses = plan.Pages.ToDictionary(p => p.Address, p => p.Title, StringComparer.Ordinal);
        var renderer = new PageRenderer(plan.Templates, loaded.Markdown, new HtmlSafety(), plan.Links, plan.Sites, addresses, plan.LoopLimit, plan.Styles);
        build.Memory.StartRender([.. plan.Sites.Select(s => s.View)], plan.LoopLimit);
        Parallel.For(0, plan.Pages.Count, i =>
        {
            var page = plan.Pages[i];
            if (build.Memory.Render(page, () => renderer.Render(page, build.Diagnostics)) is { } bytes)
            {
                sink.Add(OutputFile.At(page.Address, bytes));
            }
        });
        build.Memory.EndRender(plan.Pages.Count);
        build.EndStage("render");
    }
}
