using CouncilSite.Starter;

namespace CouncilSite.Tests.Starter;

public class StarterAnswersTests
{
    [Theory]
    [InlineData("parish", CouncilKind.Parish)]
    [InlineData("Town", CouncilKind.Town)]
    [InlineData("COMMUNITY", CouncilKind.Community)]
    [InlineData(" city council ", CouncilKind.City)]
    public void A_kind_is_read_in_any_case_with_or_without_council(string typed, CouncilKind kind)
    {
        Assert.Equal(kind, StarterAnswers.Kind(typed).Value);
    }

    [Theory]
    [InlineData("parsh", "parish")]
    [InlineData("comunity", "community")]
    [InlineData("1", null)]
    [InlineData("borough", null)]
    public void A_kind_that_is_not_one_says_which_are_and_the_nearest(string typed, string? near)
    {
        var answer = StarterAnswers.Kind(typed);
        Assert.False(answer.Ok);
        Assert.Contains("parish, town, community, city", answer.Problem);
        if (near is null)
        {
            Assert.DoesNotContain("Did you mean", answer.Problem);
        }
        else
        {
            Assert.Contains($"Did you mean '{near}'?", answer.Problem);
        }
    }

    [Theory]
    [InlineData("Little Bramford Parish Council", CouncilKind.Parish)]
    [InlineData("Newtown Community Council", CouncilKind.Community)]
    [InlineData("Wendham town council", CouncilKind.Town)]
    [InlineData("Newtown Parish Meeting", null)]
    [InlineData("Newtown Town Council (formerly Newtown Parish Council)", null)]
    public void The_name_says_the_kind_when_it_names_one(string name, CouncilKind? kind)
    {
        Assert.Equal(kind, StarterAnswers.KindIn(name));
    }

    [Theory]
    [InlineData("Two\u2028Words Parish Council", "on one line")]
    [InlineData("Two\u2029Words Parish Council", "on one line")]
    [InlineData("Two\u0085Words Parish Council", "on one line")]
    [InlineData("Two\rWords Parish Council", "on one line")]
    [InlineData("Two\vWords Parish Council", "U+000B")]
    [InlineData("Two\aWords Parish Council", "U+0007")]
    [InlineData("Two\u001bWords Parish Council", "U+001B")]
    [InlineData("Two\0Words Parish Council", "U+0000")]
    public void A_line_break_or_control_character_in_any_answer_is_refused(string typed, string problem)
    {
        Assert.Contains(problem, StarterAnswers.Name(typed, "council's name", "Little Bramford Parish Council").Problem);
        Assert.Contains(problem, StarterAnswers.Optional(typed, "address").Problem);
        Assert.False(StarterAnswers.Committees([typed]).Ok);
        Assert.False(StarterAnswers.Email($"clerk{typed[3]}x@example.org").Ok);
    }

    [Theory]
    [InlineData("Planning Committee", "planning")]
    [InlineData("Finance & General Purposes Committee", "finance-and-general-purposes")]
    [InlineData("Staffing Sub-Committee", "staffing-sub")]
    [InlineData("Committee", "committee")]
    [InlineData("Allotments_Group 2.0", "allotments-group-2-0")]
    public void A_committee_id_is_its_name_as_an_address_without_committee(string name, string id)
    {
        Assert.Equal(id, StarterAnswers.CommitteeId(name));
    }

    [Fact]
    public void The_full_council_comes_first_and_once()
    {
        var committees = StarterAnswers.Committees(["Planning Committee", "full council"]).Value;
        Assert.Equal(["full-council", "planning"], committees.Select(c => c.Id));
    }

    [Theory]
    [InlineData("Planning", "Planning Committee")]
    [InlineData("!!!", null)]
    [InlineData("  ", null)]
    public void Committees_that_cannot_have_ids_of_their_own_are_refused(string first, string? second)
    {
        Assert.False(StarterAnswers.Committees(second is null ? [first] : [first, second]).Ok);
    }

    [Theory]
    [InlineData("clerk@littlebramford-pc.gov.uk", true)]
    [InlineData("clerk at littlebramford", false)]
    [InlineData("clerk@localhost", false)]
    public void An_email_address_needs_its_at_and_its_domain(string typed, bool ok)
    {
        Assert.Equal(ok, StarterAnswers.Email(typed).Ok);
    }

    [Theory]
    [InlineData("https://www.littlebramford-pc.gov.uk/", "https://www.littlebramford-pc.gov.uk")]
    [InlineData("", null)]
    public void A_url_loses_its_last_slash_and_may_be_left_out(string typed, string? url)
    {
        Assert.Equal(url, StarterAnswers.Url(typed).Value);
    }

    [Theory]
    [InlineData("www.littlebramford-pc.gov.uk")]
    [InlineData("ftp://littlebramford-pc.gov.uk")]
    [InlineData("https://user:pw@www.littlebramford-pc.gov.uk")]
    [InlineData("https://www.littlebramford-pc.gov.uk/parish?x=1#f")]
    [InlineData("https://www.littlebramford-pc.gov.uk/#top")]
    [InlineData("https://www.littlebramford-pc.gov.uk/parish council")]
    public void A_url_must_be_a_whole_web_address(string typed)
    {
        Assert.False(StarterAnswers.Url(typed).Ok);
    }

    [Fact]
    public void A_url_may_have_a_path_as_on_a_git_hosts_pages()
    {
        Assert.Equal("https://council.github.io/little-bramford", StarterAnswers.Url("https://council.github.io/little-bramford/").Value);
    }

    [Theory]
    [InlineData("Little Bramford Parish Council")]
    [InlineData("01632 960412")]
    [InlineData("yes")]
    [InlineData("Flat 2: The Forge")]
    [InlineData("#3 High St")]
    [InlineData("say \"no\" \\ twice")]
    [InlineData("- a list?")]
    [InlineData("trailing ")]
    public void A_value_written_as_yaml_reads_back_as_typed(string value)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader($"key: {YamlText.Scalar(value)}\n"));
        var map = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        var read = (YamlDotNet.RepresentationModel.YamlScalarNode)map.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("key")];
        Assert.Equal(value, read.Value);
    }

    [Fact]
    public void A_plain_name_is_written_without_quotes()
    {
        Assert.Equal("Finance & General Purposes Committee", YamlText.Scalar("Finance & General Purposes Committee"));
    }
}
