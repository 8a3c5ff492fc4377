using System.Text;
using CouncilSite.Build;
using CouncilSite.Build.Incremental;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build.Incremental;

/// <summary>The preview of a bilingual site: a translation written, changed or deleted between builds shows at once on the Welsh page.</summary>
public class BilingualSessionTests
{
    [Fact]
    public void A_session_shows_each_change_to_a_translation_as_a_clean_build_would()
    {
        using var site = new TempSite(("site.yml", BilingualSite.SiteYml), ("pages/about.md", "---\ntitle: About the council\n---\nThe council meets monthly."));
        var session = new BuildSession(inMemory: true);
        string Welsh() => Encoding.UTF8.GetString(session.Output["cy/about/index.html"].Bytes!);
        string English() => Encoding.UTF8.GetString(session.Output["about/index.html"].Bytes!);
        void Rebuild() => Assert.True(SiteBuilder.Build(new BuildOptions(site.Root, site.Output, TempSite.Today), session).Succeeded);

        Rebuild();
        Assert.Contains("class=\"notice untranslated\"", Welsh());

        site.Write("pages/about.cy.md", "---\ntitle: Am y cyngor\n---\nMae'r cyngor yn cyfarfod bob mis.");
        Rebuild();
        Assert.Contains("<h1>Am y cyngor</h1>", Welsh());
        Assert.DoesNotContain("untranslated", Welsh());
        Assert.Contains("The council meets monthly.", English());

        site.Write("pages/about.cy.md", "---\ntitle: Am y cyngor\n---\nMae'r cyngor yn cyfarfod bob pythefnos.");
        Rebuild();
        Assert.Contains("bob pythefnos", Welsh());

        site.Delete("pages/about.cy.md");
        Rebuild();
        Assert.Contains("class=\"notice untranslated\"", Welsh());
        Assert.DoesNotContain("pythefnos", Welsh());
    }

    [Fact]
    public void A_session_shows_a_changed_welsh_name_on_every_welsh_page()
    {
        using var site = new TempSite(("site.yml", "name: {en: Little Bramford Parish Council, cy: Hen Enw}\nlanguages: [en, cy]\n"), ("pages/about.md", "About."));
        var session = new BuildSession(inMemory: true);
        void Rebuild() => Assert.True(SiteBuilder.Build(new BuildOptions(site.Root, site.Output, TempSite.Today), session).Succeeded);
        Rebuild();

        site.Write("site.yml", "name: {en: Little Bramford Parish Council, cy: Enw Newydd}\nlanguages: [en, cy]\n");
        Rebuild();
        Assert.Contains("Enw Newydd", Encoding.UTF8.GetString(session.Output["cy/about/index.html"].Bytes!));
    }
}
