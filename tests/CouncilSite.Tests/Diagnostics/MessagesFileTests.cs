using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests;

public class MessagesFileTests
{
    private static readonly Diagnostic[] Messages =
    [
        new(Severity.Error, "pages/about.md", 12, 5, DiagnosticCodes.BrokenLink, "The link 'x.md' leads to nothing on this site.", "Link to a file in the site folder."),
        new(Severity.Warning, "news/café.md", 3, 1, DiagnosticCodes.SettingUnused, "'date' is not a setting of a news item."),
    ];

    [Fact]
    public void Every_message_is_written_as_printed_in_utf8_without_a_bom_with_newline_line_ends()
    {
        using var site = new TempSite();
        var file = MessagesFile.At(Path.Combine(site.Outside, "messages.txt"), site.Outside);

        Assert.Null(file.Write(Messages));

        var bytes = File.ReadAllBytes(file.FullPath);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(
            "pages/about.md(12,5): error CS140: The link 'x.md' leads to nothing on this site.\n    hint: Link to a file in the site folder.\n" +
            "news/café.md(3,1): warning CS117: 'date' is not a setting of a news item.\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_file_written_before_is_replaced_whole_and_nothing_else_is_left_beside_it()
    {
        using var site = new TempSite();
        var file = MessagesFile.At(Path.Combine(site.Outside, "messages.txt"), site.Outside);
        File.WriteAllText(file.FullPath, string.Concat(Enumerable.Repeat("an older, longer list of messages\n", 1000)));

        Assert.Null(file.Write(Messages[..1]));

        Assert.Equal(2, File.ReadAllLines(file.FullPath).Length);
        Assert.Equal(["messages.txt"], Directory.GetFileSystemEntries(site.Outside).Select(Path.GetFileName));
    }

    [Fact]
    public void With_no_messages_the_file_is_written_empty_so_an_old_list_does_not_stay()
    {
        using var site = new TempSite();
        var file = MessagesFile.At(Path.Combine(site.Outside, "messages.txt"), site.Outside);
        File.WriteAllText(file.FullPath, "old\n");

        Assert.Null(file.Write([]));

        Assert.Equal(0, new FileInfo(file.FullPath).Length);
    }

    [Fact]
    public void A_file_in_a_folder_that_does_not_exist_is_refused_in_words_not_an_exception()
    {
        using var site = new TempSite();
        var file = MessagesFile.At(Path.Combine("no-such-folder", "messages.txt"), site.Outside);

        var problem = file.Write(Messages);

        Assert.Equal($"The messages could not be written to {Path.Combine("no-such-folder", "messages.txt")}: the folder {Path.Combine(site.Outside, "no-such-folder")} does not exist.", problem);
    }

    [Fact]
    public void A_file_that_is_a_folder_is_not_written()
    {
        using var site = new TempSite();

        var problem = MessagesFile.At(site.Outside, site.Outside).Write(Messages);

        Assert.NotNull(problem);
        Assert.True(Directory.Exists(site.Outside));
    }

    [Fact]
    public void The_file_may_be_anywhere_but_in_the_site_or_output_folder()
    {
        using var site = new TempSite();

        Assert.Null(MessagesFile.At(Path.Combine(site.Outside, "messages.txt"), site.Outside).Refusal(site.Root, site.Output, site.Outside));
        Assert.Contains("in the site folder", MessagesFile.At(site.PathOf("messages.txt"), site.Root).Refusal(site.Root, site.Output, site.Root));
        Assert.Contains("in the site folder", MessagesFile.At(site.PathOf("pages/about.md"), site.Root).Refusal(site.Root, output: null, site.Root));
        Assert.Contains("in the site folder", MessagesFile.At(site.Root, site.Root).Refusal(site.Root, output: null, site.Root));
        Assert.Contains("in the output folder", MessagesFile.At(Path.Combine(site.Output, "messages.txt"), site.Root).Refusal(site.Root, site.Output, site.Root));
        Assert.Contains("in the output folder", MessagesFile.At(site.PathOf("_site/messages.txt"), site.Root).Refusal(site.Root, site.PathOf("_site"), site.Root));
    }

    [Fact]
    public void A_folder_that_is_a_link_into_the_site_folder_is_still_the_site_folder()
    {
        using var site = new TempSite();
        var link = Path.Combine(site.Outside, "shortcut");
        Directory.CreateSymbolicLink(link, site.Root);

        var refusal = MessagesFile.At(Path.Combine(link, "messages.txt"), site.Outside).Refusal(site.Root, site.Output, site.Outside);

        Assert.Contains("in the site folder", refusal);
    }

    [Fact]
    public void A_refusal_suggests_a_file_beside_the_site_folder_as_typed_from_the_current_folder()
    {
        using var site = new TempSite();
        var meetings = Directory.CreateDirectory(site.PathOf("meetings")).FullName;

        Assert.EndsWith("e.g. --messages-file ../messages.txt", MessagesFile.At("messages.txt", site.Root).Refusal(site.Root, site.Output, site.Root));
        Assert.Equal(Path.Combine("..", "..", "messages.txt"), MessagesFile.Suggested(meetings, site.Root, site.Output));
        Assert.Equal("messages.txt", MessagesFile.Suggested(site.Outside, site.Root, site.Output));
        Assert.Equal(Path.Combine(site.Outside, "messages.txt"), MessagesFile.At(Path.Combine(site.Outside, "messages.txt"), site.Root).Shown);
        Assert.Equal(Path.Combine(site.Outside, "messages.txt"), MessagesFile.At("messages.txt", site.Outside).FullPath);
    }
}
