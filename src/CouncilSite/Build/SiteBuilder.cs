using CouncilSite.Build.Stages;

namespace CouncilSite.Build;

/// <summary>
/// Runs one build: Load, then Model, then Render and Publish. Each stage is a function with a
/// typed result; a stage that ends with an error stops the build, and the published site is left
/// as it was. A build never depends on the machine's culture (<see cref="InvariantCulture"/>).
/// </summary>
public static class SiteBuilder
{
    /// <param name="memory">What earlier builds of the same site kept (a preview's <see cref="Incremental.BuildSession"/>); none by default.</param>
    public static BuildResult Build(BuildOptions options, BuildMemory? memory = null) =>
        InvariantCulture.Run(() => Run(options, memory));

    private static BuildResult Run(BuildOptions options, BuildMemory? memory)
    {
        var build = new BuildContext(options, memory ?? BuildMemory.None);
        using var publish = PublishStage.Claim(build);
        if (publish is null || LoadStage.Settings(build) is not { } settings || build.Diagnostics.HasErrors)
        {
            return build.Failed();
        }

        var loaded = LoadStage.Content(build, settings.Folder, settings.Config);
        return ModelStage.Run(build, loaded) is { } plan
            ? publish.Publish(plan, sink => RenderStage.Run(build, loaded, plan, sink))
            : build.Failed();
    }
}
