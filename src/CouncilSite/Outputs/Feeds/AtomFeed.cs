using CouncilSite.Outputs.Html;
using CouncilSite.Site;

namespace CouncilSite.Outputs.Feeds;

/// <summary>One Atom feed (RFC 4287) before it is written.</summary>
/// <param name="Address">Where the feed is published, e.g. <c>/news/feed.xml</c>.</param>
/// <param name="PageAddress">The page the feed follows, its <c>rel="alternate"</c> link.</param>
public sealed record AtomFeed(string Title, string Address, string PageAddress, IReadOnlyList<AtomEntry> Entries)
{
    /// <summary>How many entries a feed keeps: readers only look at what is new, and the pages keep the rest.</summary>
    public const int MaxEntries = 50;

    public const string MediaType = "application/atom+xml";

    /// <summary>The feed as a link of the pages it follows, which feed readers find when given a page's address.</summary>
    public static AlternateLink Link(string title, string address) => new(title, address, MediaType);

    public OutputFile File(SiteConfig config) => OutputFile.At(Address, AtomWriter.Write(this, config));
}

/// <param name="Key">What the entry is about, as a site address; its id is made from it and never changes.</param>
/// <param name="Updated">When the entry was published or last changed, from the content's own dates.</param>
/// <param name="Address">The page or file the entry links to.</param>
public sealed record AtomEntry(string Key, string Title, DateOnly Updated, string Address, string? Summary);
