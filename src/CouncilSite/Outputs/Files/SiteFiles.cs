using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Sections.Meetings;
using CouncilSite.Diagnostics;
using CouncilSite.Site;

namespace CouncilSite.Outputs.Files;

/// <summary>
/// Which clerk's file is published at which address: the files copied as they are, and the
/// Markdown files whose pages links can point at. Filling the <see cref="AddressBook"/> here,
/// before any page is rendered, is what lets every link be checked and made relative.
/// </summary>
public static class SiteFiles
{
    /// <summary>
    /// Folders whose non-Markdown files are published beside their pages, as they are. The files
    /// of policies, documents and data are copied from what their loaders made of them.
    /// </summary>
    private static readonly string[] FolderWithFiles = ["councillors", "news"];

    public static IReadOnlyList<(string Source, string Address)> Register(SiteContent content, SiteFolder folder, AddressBook book, DiagnosticBag diagnostics)
    {
        var copies = new List<(string Source, string Address)>();

        void Copy(string source, string address)
        {
            book.Add(address, source, diagnostics, source);
            copies.Add((source, address));
        }

        // Each name is folded into its address as the loaders fold them (see AddressNames).
        void CopyAt(string source, string path)
        {
            if (AddressNames.Path(path) is { } address)
            {
                Copy(source, "/" + address);
            }
            else
            {
                AddressNames.ReportNoAddress(source, diagnostics);
            }
        }

        foreach (var file in folder.Files("static"))
        {
            CopyAt(file, file["static/".Length..]);
        }

        foreach (var file in folder.Files("pages").Where(f => !IsMarkdown(f)))
        {
            CopyAt(file, file["pages/".Length..]);
        }

        foreach (var kind in FolderWithFiles)
        {
            foreach (var file in folder.Files(kind, recursive: false).Where(f => !IsMarkdown(f) && !IsYaml(f)))
            {
                CopyAt(file, file);
            }
        }

        var attachments = content.Policies.Select(p => p.File).OfType<FileAttachment>()
            .Concat(content.Documents.Where(d => d.Content is null).Select(d => d.File))
            .Concat(content.Datasets.Select(d => d.File));
        foreach (var file in attachments)
        {
            Copy(file.File, file.Address);
        }

        foreach (var document in content.Documents.Where(d => d.Content is not null))
        {
            book.Add(document.Address, document.File.File, diagnostics, document.File.File);
        }

        foreach (var meeting in content.Meetings)
        {
            RegisterMeeting(meeting, book, diagnostics, Copy);
        }

        foreach (var page in content.Pages)
        {
            book.Add(page.Address, page.Content.File, diagnostics, page.Content.File);
        }

        if (content.HomeIntro is { } intro)
        {
            book.Add("/", intro.File, diagnostics, intro.File);
        }

        foreach (var policy in content.Policies)
        {
            book.Add(policy.Address, policy.SourceFile, diagnostics, policy.SourceFile);
        }

        foreach (var councillor in content.Councillors)
        {
            book.Add(councillor.Address, councillor.Content.File, diagnostics, councillor.Content.File);
        }

        foreach (var item in content.News)
        {
            book.Add(item.Address, item.Content.File, diagnostics, item.Content.File);
        }

        return copies;
    }

    private static void RegisterMeeting(Meeting meeting, AddressBook book, DiagnosticBag diagnostics, Action<string, string> copy)
    {
        book.Add(meeting.Address, meeting.Folder, diagnostics, meeting.Folder);
        book.Add(meeting.Address, meeting.Folder, diagnostics, $"{meeting.Folder}/meeting.yml");
        if (meeting.Agenda is { } agenda)
        {
            book.Add(meeting.Address + "agenda/", agenda.File, diagnostics, agenda.File);
        }

        if (meeting.Minutes is { } minutes)
        {
            book.Add(meeting.Address + "minutes/", minutes.File, diagnostics, minutes.File);
        }

        foreach (var paper in meeting.Papers)
        {
            if (paper.Content is null)
            {
                copy(paper.File.File, paper.Address);
            }
            else
            {
                book.Add(paper.Address, paper.File.File, diagnostics, paper.File.File);
            }
        }
    }

    private static bool IsMarkdown(string file) => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static bool IsYaml(string file) =>
        file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
