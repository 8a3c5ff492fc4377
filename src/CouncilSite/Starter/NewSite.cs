using CouncilSite.Settings;

namespace CouncilSite.Starter;

/// <summary>
/// <c>councilsite new &lt;folder&gt;</c>: a council's first site folder, small, true as written,
/// building with no errors and no warnings, and explaining itself in notes for the clerk.
/// </summary>
public static class NewSite
{
    public const string SiteYml = "site.yml";

    /// <summary>Why a site cannot be started in <paramref name="folder"/>, or null when it can: checked before any question is asked.</summary>
    public static string? Refusal(string folder)
    {
        if (folder.Trim().Length == 0)
        {
            return "Give the name of a new folder for the site, e.g. my-council.";
        }

        if (File.Exists(folder))
        {
            return $"{folder} is a file. Give the name of a new folder for the site, e.g. my-council.";
        }

        if (FileAbove(Path.GetFullPath(folder)) is { } file)
        {
            return $"{file} is a file, so there can be no folder {folder} inside it. Give the name of a new folder somewhere else.";
        }

        return Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()
            ? $"The folder {folder} already holds files. new writes only into a new or empty folder, so that nothing there is overwritten: give the name of a new folder."
            : null;
    }

    /// <summary>A file standing where one of the folders above <paramref name="folder"/> would be made, or null.</summary>
    private static string? FileAbove(string folder)
    {
        for (var above = Path.GetDirectoryName(folder); above is not null; above = Path.GetDirectoryName(above))
        {
            if (File.Exists(above))
            {
                return above;
            }
        }

        return null;
    }

    public static StarterResult Write(string folder, StarterCouncil council, DateOnly today)
    {
        if (Refusal(folder) is { } refusal)
        {
            return StarterResult.Refused(refusal);
        }

        if (StarterAnswers.KindProblem(council.Kind, council.Nation) is { } problem)
        {
            return StarterResult.Refused(problem);
        }

        var files = new List<(string, string)>
        {
            (SiteYml, SiteYmlText.For(council, today)),
            (StarterPages.Home, StarterPages.HomeText(council)),
            (StarterPages.About, StarterPages.AboutText(council)),
        };
        if (council.Workflow is { } host)
        {
            files.Add(PublishingWorkflows.For(host));
            files.Add((PublishingWorkflows.GitIgnoreFile, PublishingWorkflows.GitIgnore));
        }

        var written = StarterFiles.Write(folder, files, notes: Next(council));
        return written.Refusal is null ? WithEditorSchemas(folder, written) : written;
    }

    /// <summary>
    /// A new folder is set up for VS Code from the start, so its YAML extension completes and checks
    /// every setting the clerk types; the schemas are those <c>councilsite schema</c> writes.
    /// </summary>
    private static StarterResult WithEditorSchemas(string folder, StarterResult written)
    {
        var editor = EditorSchemas.Write(folder);
        return written with
        {
            Written = [.. written.Written, .. editor.Schemas.Select(s => s.Path), editor.VsCode.File],
            Notes = [.. written.Notes, "Open the folder in VS Code with its YAML extension (redhat.vscode-yaml): it completes and checks the settings of site.yml and the other .yml files as you type (those at the top of Markdown files are checked by the build)."],
        };
    }

    private static List<string> Next(StarterCouncil council)
    {
        var notes = new List<string>
        {
            "Next: read the notes in site.yml, then add meetings with 'councilsite new meeting', and build with 'councilsite build'.",
        };
        if (council.Workflow is { } host)
        {
            notes.Add($"{PublishingWorkflows.For(host).Path} builds and publishes the site from {host} once the folder is sent there: docs/publishing.md says how.");
        }

        return notes;
    }
}
