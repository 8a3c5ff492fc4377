using CouncilSite.Transparency;

namespace CouncilSite.Starter;

/// <summary>
/// What a kind of council in a nation means for site.yml: its <c>authority:</c>, the transparency
/// code it follows, and the notes that tell the clerk why, written beside those settings.
/// </summary>
public sealed record CouncilRegime(string Authority, string Transparency, IReadOnlyList<string> Why)
{
    public static CouncilRegime For(CouncilKind kind, Nation nation)
    {
        var authority = kind.ToString().ToLowerInvariant();
        return nation switch
        {
            Nation.England => new(authority, TransparencyRules.SmallerAuthorities,
            [
                "The transparency code the council follows; the site's Transparency page and",
                "'councilsite check' list what it asks for. In England:",
                "  smaller-authorities     the Transparency Code for Smaller Authorities: compulsory for",
                "                          councils whose yearly income or spending (the higher) is",
                "                          £25,000 or less;",
                "  local-government-2015   the Local Government Transparency Code 2015: compulsory for",
                "                          councils whose income or spending is over £200,000.",
                "Between the two neither code is compulsory; many councils follow one all the same.",
            ]),
            Nation.Wales => new(authority, TransparencyRules.None,
            [
                "The transparency codes CouncilSite checks (smaller-authorities and",
                "local-government-2015) are English codes and do not apply in Wales. Welsh community",
                "and town councils have their own duties under Welsh law to publish information online,",
                "which CouncilSite does not check yet, so the site has no Transparency page.",
            ]),
            _ => new(authority, TransparencyRules.None,
            [
                "Scottish community councils work under their local authority's scheme of",
                "establishment; the English transparency codes CouncilSite checks do not apply, so",
                "the site has no Transparency page.",
                "CouncilSite warns when an agenda is published fewer than three clear days before a",
                "meeting, counting the bank holidays of England and Wales: your scheme may ask for more",
                "notice, which CouncilSite does not check. List Scottish holidays under bank_holidays:",
                "(see docs/meetings.md) to leave them out of the count.",
            ]),
        };
    }
}
