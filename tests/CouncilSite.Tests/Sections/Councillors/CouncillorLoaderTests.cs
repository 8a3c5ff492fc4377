using CouncilSite.Diagnostics;
using CouncilSite.Sections.Councillors;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Councillors;

public class CouncillorLoaderTests
{
    [Fact]
    public void Reads_a_councillor_with_a_photo_beside_the_file()
    {
        var loaded = TempSite.LoadFrom(
            ("councillors/jane-smith.md", """
                ---
                name: Jane Smith
                role: Chair
                ward: North
                email: jane.smith@littlebramford-pc.gov.uk
                term_ends: 2027-05-06
                responsibilities: [Finance, Allotments]
                interests:
                  - Member of the allotment society
                photo: jane-smith.jpg
                photo_alt: Jane Smith on the village green
                ---
                Jane has lived here for twenty years.
                """),
            ("councillors/jane-smith.jpg", "jpeg"));
        Assert.Empty(loaded.Diagnostics);
        var c = Assert.Single(loaded.Content.Councillors);
        Assert.Equal(("Jane Smith", "Chair", "North"), (c.Name, c.Role, c.Ward));
        Assert.Equal(new DateOnly(2027, 5, 6), c.TermEnds);
        Assert.Equal(["Finance", "Allotments"], c.Responsibilities);
        Assert.Equal(["Member of the allotment society"], c.Interests);
        Assert.Equal("councillors/jane-smith.jpg", c.Photo);
        Assert.Equal("/councillors/jane-smith/", c.Address);
    }

    [Fact]
    public void A_photo_written_from_the_site_root_is_found_in_static()
    {
        var loaded = TempSite.LoadFrom(
            ("councillors/jane-smith.md", "---\nname: Jane Smith\nphoto: /images/jane.jpg\nphoto_alt: Jane Smith\n---\n"),
            ("static/images/jane.jpg", "jpeg"));
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("static/images/jane.jpg", Assert.Single(loaded.Content.Councillors).Photo);
    }

    [Fact]
    public void A_photo_without_a_text_description_is_an_error_on_the_photo_line()
    {
        var loaded = TempSite.LoadFrom(
            ("councillors/jane-smith.md", "---\nname: Jane Smith\nphoto: jane-smith.jpg\n---\n"),
            ("councillors/jane-smith.jpg", "jpeg"));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.PhotoWithoutAlt, "councillors/jane-smith.md", 3), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void A_photo_that_is_not_there_is_an_error_naming_it()
    {
        var loaded = TempSite.LoadFrom(("councillors/jane-smith.md", "---\nname: Jane Smith\nphoto: jane.jpg\nphoto_alt: Jane Smith\n---\n"));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.MissingFile, 3), (error.Code, error.Line));
        Assert.Contains("jane.jpg", error.Message);
        Assert.Null(Assert.Single(loaded.Content.Councillors).Photo);
    }

    [Fact]
    public void A_photo_path_that_climbs_out_of_the_site_is_refused_as_leading_outside()
    {
        using var site = new TempSite(("councillors/jane-smith.md", "---\nname: Jane Smith\nphoto: ../../outside/jane.jpg\nphoto_alt: Jane\n---\n"));
        File.WriteAllText(Path.Combine(site.Outside, "jane.jpg"), "jpeg");
        Assert.Equal(DiagnosticCodes.SettingLeavesSite, Assert.Single(site.Load().Errors).Code);
    }

    [Fact]
    public void A_register_of_interests_given_as_a_file_is_linked_instead_of_listed()
    {
        var loaded = TempSite.LoadFrom(
            ("councillors/jane-smith.md", "---\nname: Jane Smith\ninterests: jane-smith-interests.pdf\n---\n"),
            ("councillors/jane-smith-interests.pdf", PdfFiles.Paper));
        var c = Assert.Single(loaded.Content.Councillors);
        Assert.Empty(c.Interests);
        Assert.Equal("councillors/jane-smith-interests.pdf", c.InterestsFile);
    }

    [Fact]
    public void A_register_of_interests_file_that_is_not_there_is_an_error()
    {
        var loaded = TempSite.LoadFrom(("councillors/jane-smith.md", "---\nname: Jane Smith\ninterests: jane-smith-interests.pdf\n---\n"));
        Assert.Equal((DiagnosticCodes.MissingFile, 3), (Assert.Single(loaded.Errors).Code, loaded.Errors.Single().Line));
    }

    [Fact]
    public void Without_a_name_the_first_heading_is_the_name()
    {
        var loaded = TempSite.LoadFrom(("councillors/jane-smith.md", "# Jane Smith\n\nChair of the council."));
        Assert.Equal("Jane Smith", Assert.Single(loaded.Content.Councillors).Name);
    }

    [Fact]
    public void A_councillor_with_no_name_at_all_is_an_error()
    {
        var loaded = TempSite.LoadFrom(("councillors/jane-smith.md", "---\nrole: Chair\n---\nText."));
        Assert.Equal(DiagnosticCodes.RequiredMissing, Assert.Single(loaded.Errors).Code);
    }

    [Fact]
    public void The_chair_comes_first_then_the_vice_chair_then_everyone_by_surname()
    {
        var loaded = TempSite.LoadFrom(
            ("councillors/a.md", "---\nname: Ann Young\n---\n"),
            ("councillors/b.md", "---\nname: Bob Adams\n---\n"),
            ("councillors/c.md", "---\nname: Cat Zane\nrole: Chair\n---\n"),
            ("councillors/d.md", "---\nname: Dan Moss\nrole: Vice-Chair\n---\n"));
        Assert.Equal(["Cat Zane", "Dan Moss", "Bob Adams", "Ann Young"], loaded.Content.Councillors.Select(c => c.Name));
    }
}
