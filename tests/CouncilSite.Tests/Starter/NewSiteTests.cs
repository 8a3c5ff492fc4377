using CouncilSite.Build;
using CouncilSite.Settings;
using CouncilSite.Site;
using CouncilSite.Starter;
using CouncilSite.Tests.Support;
using CouncilSite.Transparency;

namespace CouncilSite.Tests.Starter;

public class NewSiteTests
{
    public static TheoryData<CouncilKind, Nation, GitHost?> Councils => new()
    {
        { CouncilKind.Parish, Nation.England, null },
        { CouncilKind.Town, Nation.England, GitHost.GitHub },
        { CouncilKind.Community, Nation.England, null },
        { CouncilKind.City, Nation.England, GitHost.GitLab },
        { CouncilKind.Community, Nation.Wales, GitHost.GitHub },
        { CouncilKind.Town, Nation.Wales, null },
        { CouncilKind.City, Nation.Wales, null },
        { CouncilKind.Community, Nation.Scotland, GitHost.GitLab },
    };

    [Theory]
    [MemberData(nameof(Councils))]
    public void A_new_site_builds_with_no_errors_and_no_warnings_and_can_be_checked(CouncilKind kind, Nation nation, GitHost? host)
    {
        using var site = Starters.Written(Starters.Council(kind: kind, nation: nation, workflow: host));
        var built = site.Build();
        Assert.True(built.Succeeded);
        Assert.Empty(built.Diagnostics);
        var check = SiteCheck.Run(site.Root, Starters.Today);
        Assert.True(check.Read);
        Assert.Empty(check.Diagnostics);
    }

    [Fact]
    public void It_writes_the_settings_the_pages_and_for_a_git_host_the_workflow_and_nothing_else()
    {
        using var site = Starters.EmptyFolder();
        var result = NewSite.Write(site.Root, Starters.Council(workflow: GitHost.GitHub), Starters.Today);
        Assert.Equal(["site.yml", "pages/index.md", "pages/about.md", ".github/workflows/publish.yml", ".gitignore"], result.Written.Take(5));
        Assert.Equal(SettingsSchema.All.Select(k => $"{JsonSchemas.Folder}/{k.Id}.json").Append(VsCodeSettings.File), result.Written.Skip(5));
        var onDisk = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'));
        Assert.Equal(result.Written.Order(), onDisk.Order());
    }

    [Theory]
    [InlineData(Nation.England, "smaller-authorities")]
    [InlineData(Nation.Wales, "none")]
    [InlineData(Nation.Scotland, "none")]
    public void The_nation_decides_the_transparency_code_and_the_kind_the_authority(Nation nation, string regime)
    {
        using var site = Starters.Written(Starters.Council(kind: CouncilKind.Community, nation: nation));
        var (config, diagnostics) = site.LoadConfig();
        Assert.Empty(diagnostics);
        Assert.Equal(regime, config!.Transparency);
        Assert.Equal("community", config.Authority);
        Assert.Equal("en-GB", config.Language);
        Assert.Equal(Starters.Today, config.Accessibility.Prepared);
        Assert.Equal("clerk@littlebramford-pc.gov.uk", config.Accessibility.Contact);
    }

    [Fact]
    public void What_the_clerk_typed_reads_back_exactly_however_it_is_punctuated()
    {
        var clerk = new Clerk("Siân O'Neill-Jones", "clerk@st-mary's.example.org", "+44 1632 960412", "Flat 2: \"The Old Forge\", #3 High St");
        var name = "Llanfair: \"Yes\" Community Council #1";
        using var site = Starters.Written(Starters.Council(name: name, kind: CouncilKind.Community, nation: Nation.Wales, clerk: clerk,
            committees: ["Finance & General Purposes Committee", "Yes", "Planning: Appeals"]));
        var (config, diagnostics) = site.LoadConfig();
        Assert.Empty(diagnostics);
        Assert.Equal(name, config!.Name);
        Assert.Equal(clerk, config.Clerk);
        Assert.Equal(
            [("full-council", "Full Council"), ("finance-and-general-purposes", "Finance & General Purposes Committee"), ("yes", "Yes"), ("planning-appeals", "Planning: Appeals")],
            config.Committees.Select(c => (c.Id, c.Name)));
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void A_committee_id_yaml_reads_as_null_or_true_or_false_reads_back_as_its_id()
    {
        using var site = Starters.Written(Starters.Council(committees: ["Null Committee", "Yes Committee", "True", "Off Committee", "N"]));
        var (config, diagnostics) = site.LoadConfig();
        Assert.Empty(diagnostics);
        Assert.Equal(["full-council", "null", "yes", "true", "off", "n"], config!.Committees.Select(c => c.Id));
        Assert.True(site.Build().Succeeded);

        // As any YAML reader takes them, the editor's checks among them, and not as null or true.
        var generic = new YamlDotNet.Serialization.DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, object>>(File.ReadAllText(site.PathOf("site.yml")));
        var ids = ((List<object>)generic["committees"]).Select(c => ((Dictionary<object, object>)c)["id"]);
        Assert.Equal(["full-council", "null", "yes", "true", "off", "n"], ids);
    }

    [Theory]
    [InlineData("A. N. Other Parish Council")]
    [InlineData("iv) Fourth Parish Council")]
    [InlineData("1. First Parish Council")]
    [InlineData("- Dash Parish Council")]
    [InlineData("+ Plus Parish Council")]
    [InlineData("Little ^Bramford^ ==Parish== ++Council++")]
    public void A_name_that_starts_a_line_is_shown_as_typed_not_as_a_list_or_formatting(string name)
    {
        using var site = Starters.Written(Starters.Council(name: name, clerk: new Clerk(name, "clerk@example.org", null, null)));
        Assert.True(site.Build().Succeeded);
        var about = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site.Output, "about", "index.html")));
        Assert.Contains($"<p>{name} is a parish council in England", about);
        Assert.Contains($"The council's clerk is {name}.", about);
        Assert.Contains($"Welcome to the website of {name}.", System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site.Output, "index.html"))));
    }

    [Fact]
    public void Names_that_look_like_markdown_or_html_are_shown_as_typed()
    {
        var name = "Little <Bramford> *Parish* Council [1] #2";
        using var site = Starters.Written(Starters.Council(name: name, clerk: new Clerk("Sam_Lee & Co `x`", "clerk@example.org", null, null)));
        var built = site.Build();
        Assert.Empty(built.Diagnostics);
        Assert.Contains(name, System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site.Output, "index.html"))));
        Assert.Contains("The council's clerk is Sam_Lee & Co `x`.", System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site.Output, "about", "index.html"))));
    }

    [Fact]
    public void A_clerk_without_phone_or_address_gets_neither_line()
    {
        using var site = Starters.Written(Starters.Council(clerk: new Clerk("Sarah Pennington", "clerk@example.org", null, null)));
        var text = File.ReadAllText(site.PathOf("site.yml"));
        Assert.DoesNotContain("phone:", text);
        Assert.DoesNotContain("address:", text);
        Assert.Empty(site.Build().Diagnostics);
    }

    [Fact]
    public void The_notes_for_the_clerk_are_never_published()
    {
        using var site = Starters.Written(Starters.Council());
        Assert.True(site.Build().Succeeded);
        foreach (var page in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("notes for you", File.ReadAllText(page));
        }

        Assert.Contains("Welcome to the website of Little Bramford Parish Council.", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Contains("Sarah Pennington", File.ReadAllText(Path.Combine(site.Output, "about", "index.html")));
    }

    [Fact]
    public void The_councils_own_copy_of_the_tool_is_never_published()
    {
        using var site = Starters.Written(Starters.Council(workflow: GitHost.GitHub));
        site.Write($"{PublishingWorkflows.ToolFolder}/councilsite.1.0.0.nupkg", "PK");
        var built = site.Build();
        Assert.Empty(built.Diagnostics);
        Assert.Empty(Directory.GetFiles(site.Output, "*.nupkg", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(site.Output, "publish.yml", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_folder_that_holds_anything_is_refused_and_left_as_it_was()
    {
        using var site = Starters.EmptyFolder();
        site.Write("notes.txt", "mine");
        var result = NewSite.Write(site.Root, Starters.Council(), Starters.Today);
        Assert.Contains("already holds files", result.Refusal);
        Assert.Empty(result.Written);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void No_folder_name_is_refused_rather_than_taken_for_the_current_folder(string folder)
    {
        Assert.NotNull(NewSite.Write(folder, Starters.Council(), Starters.Today).Refusal);
        Assert.False(File.Exists("site.yml"));
    }

    [Fact]
    public void A_folder_that_does_not_exist_yet_is_made()
    {
        using var site = Starters.EmptyFolder();
        var folder = Path.Combine(site.Root, "councils", "little-bramford");
        Assert.Null(NewSite.Write(folder, Starters.Council(), Starters.Today).Refusal);
        Assert.True(File.Exists(Path.Combine(folder, "site.yml")));
    }

    [Theory]
    [InlineData(CouncilKind.Parish, Nation.Scotland)]
    [InlineData(CouncilKind.Town, Nation.Scotland)]
    [InlineData(CouncilKind.Parish, Nation.Wales)]
    public void A_kind_of_council_the_nation_does_not_have_is_refused(CouncilKind kind, Nation nation)
    {
        using var site = Starters.EmptyFolder();
        var result = NewSite.Write(site.Root, Starters.Council(kind: kind, nation: nation), Starters.Today);
        Assert.Contains("community", result.Refusal);
        Assert.Empty(Directory.GetFileSystemEntries(site.Root));
    }

    [Fact]
    public void An_english_site_has_the_smaller_authorities_checklist_to_fill()
    {
        using var site = Starters.Written(Starters.Council());
        var check = SiteCheck.Run(site.Root, Starters.Today);
        Assert.Equal(TransparencyRules.SmallerAuthorities, check.Report!.Regime.Id);
        Assert.True(check.Report.Fails);
    }
}
