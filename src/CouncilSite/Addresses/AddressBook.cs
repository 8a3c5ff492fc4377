using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Addresses;

/// <summary>
/// Every address the site will have, and which clerk's file each came from, so links written
/// between content files (<c>../2025-12-10-full-council/minutes.md</c>) can be followed.
/// </summary>
public sealed class AddressBook
{
    private readonly Dictionary<string, string> _bySource = new(StringComparer.Ordinal);

    private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);

    /// <summary>Output path to the file that claimed it.</summary>
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    /// <summary>
    /// Every address the site will have, filled once from what the build will write: first the
    /// pages made from the clerk's files (each under the files it is made from), then the clerk's
    /// files copied as they are, then the pages and files the site makes itself (indexes, feeds,
    /// calendars, open data, the theme's assets, the sitemap). A file that lands on a page's address is the one a clash names: a
    /// stray <c>index.html</c> in a meeting's folder, never the meeting or its <c>agenda.md</c>,
    /// whose names the clerk cannot change.
    /// </summary>
    public static AddressBook Of(IEnumerable<CopiedFile> copies, IReadOnlyList<HtmlPage> pages, IEnumerable<OutputFile> made, DiagnosticBag diagnostics)
    {
        var book = new AddressBook();
        foreach (var page in pages)
        {
            if (page.Sources is [var owner, ..])
            {
                foreach (var source in page.Sources)
                {
                    book.Add(page.Address, owner, diagnostics, source);
                }
            }
        }

        foreach (var copy in copies)
        {
            book.Add(copy.Address, copy.Source, diagnostics, copy.Source);
        }

        // A page the site makes that a clerk's file also claims is reported once, naming the file (see AddressClashes).
        foreach (var page in pages.Where(p => p.Sources is null or [] && !book.Contains(p.Address)))
        {
            book.Add(page.Address, "(generated page)", diagnostics);
        }

        foreach (var file in made.Where(f => !book.Contains("/" + f.Path)))
        {
            book.Add("/" + file.Path, "(generated file)", diagnostics);
        }

        return book;
    }

    /// <summary>Records an address; a second file claiming the same address is a clerk's error.</summary>
    public void Add(string address, string owner, DiagnosticBag diagnostics, string? source = null)
    {
        var key = SiteAddress.OutputPath(address);
        if (_owners.TryGetValue(key, out var first) && first != owner)
        {
            diagnostics.Error(owner, 0, 0, DiagnosticCodes.AddressClash,
                $"This would be published at {address}, which {first} already uses.",
                "Rename one of the two files so that each has its own address.");
            return;
        }

        _owners[key] = owner;
        _addresses.Add(address);
        if (source is not null)
        {
            _bySource[source] = address;
        }
    }

    /// <summary>True for an address of the site; <c>/about/</c> and <c>/about/index.html</c> are one address.</summary>
    public bool Contains(string address) => _owners.ContainsKey(SiteAddress.OutputPath(address));

    public string? AddressOfSource(string source) => _bySource.GetValueOrDefault(source);

    /// <summary>The clerk's files that have an address, for suggesting what a broken link meant.</summary>
    public IEnumerable<string> Sources => _bySource.Keys;

    /// <summary>Every address as it was recorded (e.g. <c>/policies/</c>), for the same purpose.</summary>
    public IEnumerable<string> Addresses => _addresses;
}
