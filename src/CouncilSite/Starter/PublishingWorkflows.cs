namespace CouncilSite.Starter;

/// <summary>
/// The CI files that build the site on a Git host, check it, and publish it as the host's static
/// pages; docs/publishing.md walks a clerk through them. The site folder is the repository's top.
/// </summary>
public static class PublishingWorkflows
{
    public const string GitHubFile = ".github/workflows/publish.yml";
    public const string GitLabFile = ".gitlab-ci.yml";
    public const string GitIgnoreFile = ".gitignore";

    /// <summary>The folder a workflow installs the councilsite package from when the council keeps its own copy.</summary>
    public const string ToolFolder = ".councilsite-tool";

    /// <summary>The workflow file for <paramref name="host"/> and its text.</summary>
    public static (string Path, string Text) For(GitHost host) => host switch
    {
        GitHost.GitHub => (GitHubFile, GitHub),
        _ => (GitLabFile, GitLab),
    };

    /// <summary>
    /// <c>councilsite new workflow</c>: the workflow for <paramref name="host"/> added to a site folder,
    /// with <c>.gitignore</c> when the folder has none (one the council has is left as it is).
    /// </summary>
    public static StarterResult WriteInto(string root, GitHost host)
    {
        var files = new List<(string, string)> { For(host) };
        if (!File.Exists(Path.Combine(root, GitIgnoreFile)))
        {
            files.Add((GitIgnoreFile, GitIgnore));
        }

        return StarterFiles.Write(root, files, notes: [$"It builds and publishes the site from {host} once the folder is sent there: docs/publishing.md says how."]);
    }

    /// <summary>The built site and the build's working folder are made from the files, so they stay out of the repository.</summary>
    public const string GitIgnore = """
        # The website is built from the files here: the built site is not kept with them.
        _site/
        ._site.councilsite/
        public/
        .public.councilsite/

        """;

    /// <summary>
    /// Shell lines that install councilsite: from the council's own copy when there is one (whatever
    /// its version, a test release included), else the latest release on nuget.org.
    /// </summary>
    private const string Install = $"""
        if [ -d {ToolFolder} ]; then
          dotnet tool install --global councilsite --prerelease --add-source {ToolFolder}
        else
          dotnet tool install --global councilsite
        fi
        """;

    private const string InstallNote = $"""
        # councilsite is installed from nuget.org. When this file was written it was not yet
        # published there: until it is, put the councilsite .nupkg file in a folder named
        # {ToolFolder} beside site.yml, and it is installed from there (docs/publishing.md).
        """;

    private static readonly string GitHub = $$$"""
        # Builds the website and publishes it with GitHub Pages: each time a change is pushed to
        # the main branch, every morning (so meetings move from "to come" to "held" on their day),
        # and when you press "Run workflow" on the Actions tab. Written by 'councilsite new';
        # docs/publishing.md explains it. Once, first: in the repository's Settings > Pages, set
        # "Source" to "GitHub Actions".
        name: Publish the website

        on:
          push:
            branches: [main]
          schedule:
            - cron: "30 5 * * *"
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
        {{{Indent(InstallNote, 6)}}}
              - name: Install councilsite
                run: |
        {{{Indent(Install, 10)}}}
                  echo "$HOME/.dotnet/tools" >> "$GITHUB_PATH"
              # An error in the files stops here, and the published site stays as it was.
              - name: Build the website
                run: councilsite build . --output _site
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

          # The transparency checklist. When an item the code asks for is missing or out of date,
          # this job fails (a red cross, and an email to you) and its log lists what is missing;
          # the site is published all the same, so agendas are never held back by the checklist.
          checklist:
            if: github.event_name != 'schedule'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install councilsite
                run: |
        {{{Indent(Install, 10)}}}
                  echo "$HOME/.dotnet/tools" >> "$GITHUB_PATH"
              - name: Check against the transparency code
                run: councilsite check . --strict

        """;

    private static readonly string GitLab = $$$"""
        # Builds the website and publishes it with GitLab Pages each time a change is pushed to the
        # default branch. Written by 'councilsite new'; docs/publishing.md explains it. To rebuild
        # every morning as well (so meetings move from "to come" to "held" on their day), add a
        # schedule under Build > Pipeline schedules.
        image: mcr.microsoft.com/dotnet/sdk:10.0

        variables:
          DOTNET_CLI_TELEMETRY_OPTOUT: "1"
          DOTNET_NOLOGO: "1"

        {{{InstallNote}}}
        default:
          before_script:
            - |
        {{{Indent(Install, 6)}}}
            - export PATH="$PATH:$HOME/.dotnet/tools"

        # The transparency checklist. When an item the code asks for is missing or out of date, the
        # pipeline is marked "passed with warnings" and this job's log lists what is missing; the
        # site is published all the same, so agendas are never held back by the checklist.
        checklist:
          stage: test
          script:
            - councilsite check . --strict
          allow_failure: true

        # An error in the files stops here, and the published site stays as it was.
        pages:
          stage: deploy
          script:
            - councilsite build . --output public
          artifacts:
            paths:
              - public
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """;

    private static string Indent(string text, int spaces) =>
        string.Join('\n', text.TrimEnd('\n').Split('\n').Select(line => new string(' ', spaces) + line));
}
