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
    /// Every address the site will have, filled once from what the build will write: the clerk's
    /// files copied as they are, then the pages (each under the clerk's files it is made from), then
    /// the other files made (feeds, calendars, open data).
    /// </summary>
    public static AddressBook Of(IEnumerable<CopiedFile> copies, IEnumerable<HtmlPage> pages, IEnumerable<OutputFile> made, DiagnosticBag diagnostics)
    {
        var book = new AddressBook();
        foreach (var copy in copies)
        {
            book.Add(copy.Address, copy.Source, diagnostics, copy.Source);
        }

        foreach (var page in pages)
        {
            if (page.Sources is [var owner, ..])
            {
                foreach (var source in page.Sources)
                {
                    book.Add(page.Address, owner, diagnostics, source);
                }
            }
            else if (!book.Contains(page.Address))
            {
                // A page made by the site that clashes with a clerk's file is reported once, naming the file (see SiteBuilder).
                book.Add(page.Address, "(generated page)", diagnostics);
            }
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
