namespace CouncilSite.Diagnostics;

/// <summary>
/// Every message code, so clerks can look a code up in docs/messages.md and tests can assert
/// on the code rather than on wording that may improve.
/// </summary>
public static class DiagnosticCodes
{
    // Files and YAML
    public const string FileUnreadable = "CS100";
    public const string YamlSyntax = "CS101";
    public const string FrontMatterUnclosed = "CS102";
    public const string EmptyFile = "CS103";
    public const string LinkLeavesSite = "CS104";
    public const string WrongType = "CS105";
    public const string InvalidDate = "CS106";
    public const string InvalidTime = "CS107";
    public const string InvalidValue = "CS108";
    public const string RequiredMissing = "CS109";

    // site.yml
    public const string SiteYmlMissing = "CS110";
    public const string DuplicateCommittee = "CS111";
    public const string NotALanguageTag = "CS112";

    // Paths and sizes: what the generator refuses to read
    public const string SettingLeavesSite = "CS113";
    public const string SettingsOverLimit = "CS114";
    public const string MarkdownOverLimit = "CS115";

    // Settings CouncilSite does not know (see src/CouncilSite/Settings/)
    public const string SettingMisnamed = "CS116";
    public const string SettingUnused = "CS117";

    // Meetings
    public const string MeetingFolderName = "CS120";
    public const string UnknownCommittee = "CS121";
    public const string ApprovedBeforeMeeting = "CS122";
    public const string MinutesOfFutureMeeting = "CS123";
    public const string CancelledWithMinutes = "CS124";
    public const string AgendaLate = "CS125";
    public const string AgendaMissing = "CS126";
    public const string MinutesOverdue = "CS127";
    public const string PaperWithoutHtml = "CS128";

    // Files with sidecars, names and addresses
    public const string MissingSidecar = "CS130";
    public const string SidecarWithoutFile = "CS131";
    public const string FileName = "CS132";
    public const string AddressClash = "CS133";
    public const string UnsupportedFile = "CS134";
    public const string NameWithoutAddress = "CS135";

    /// <summary>A file named as one the site reads (minutes.md, a .yml description) but in other case or with a long ending; or two such.</summary>
    public const string MisnamedFile = "CS136";

    /// <summary>The minutes or agenda given only as a paper (minutes.pdf), so the meeting shows none of its own.</summary>
    public const string PaperInPlaceOfMarkdown = "CS137";

    /// <summary>A line of Markdown written as a list item, indented so far that it is joined to the line above as text.</summary>
    public const string ListItemJoined = "CS138";

    /// <summary>A PDF with no text in it, only pictures of its pages: screen readers and the site's search find no words.</summary>
    public const string PdfWithoutText = "CS139";

    // Links, images and HTML inside Markdown
    public const string BrokenLink = "CS140";
    public const string ImageWithoutAlt = "CS141";
    public const string UnsafeHtml = "CS142";
    public const string HtmlRemoved = "CS143";
    public const string ExternalImage = "CS144";
    public const string ExternalImageAllowed = "CS145";

    /// <summary>A PDF that cannot be opened to read its words (damaged, protected with a password, too large); it is published all the same.</summary>
    public const string PdfUnreadable = "CS146";

    // Languages
    /// <summary>A translation (<c>about.cy.md</c>) with no original beside it (<c>about.md</c>); it is left out.</summary>
    public const string TranslationWithoutOriginal = "CS147";

    /// <summary>A translation sets a setting it takes from its original (a date, a status); the line is not read.</summary>
    public const string TranslationSetsSetting = "CS148";

    /// <summary>site.yml's languages are written wrongly: both 'language' and 'languages', or one language twice.</summary>
    public const string LanguagesWrong = "CS149";

    /// <summary>A per-language value names a language the site does not have.</summary>
    public const string NotASiteLanguage = "CS152";

    /// <summary>A page has no translation into one of the site's languages, on a site that says its translations are complete.</summary>
    public const string TranslationMissing = "CS153";

    // Councillors
    public const string PhotoWithoutAlt = "CS150";
    public const string MissingFile = "CS151";

    // Registers
    /// <summary>A committee's id is a number, which its register's address would share with a year's (/decisions/2024/).</summary>
    public const string CommitteeIdNumber = "CS155";

    // Themes
    public const string TemplateError = "CS160";
    public const string ThemeNotFound = "CS161";

    // Policies
    public const string ReviewOverdue = "CS170";

    // Output
    public const string OutputFailed = "CS190";
    public const string OutputBusy = "CS191";
    public const string OutputHasLink = "CS192";
    public const string OutputWorkFolder = "CS193";
    public const string OutputInTheWay = "CS194";
    public const string OutputLeftovers = "CS195";
    public const string OutputUnknownFiles = "CS196";

    // Open data (CSV files)
    public const string CsvNotUtf8 = "CS200";
    public const string CsvMalformedRow = "CS201";
    public const string CsvHeader = "CS202";
    public const string CsvValue = "CS203";
    public const string SpendColumnsMissing = "CS204";
    public const string ColumnNotInFile = "CS205";
    public const string CsvControlCharacters = "CS206";
    public const string CsvQuoteUnclosed = "CS207";

    /// <summary>A CSV file, or a theme file, larger than its <see cref="Site.FileLimit"/>.</summary>
    public const string DataFileOverLimit = "CS208";

    // Words and languages (the theme's strings files)
    public const string StringMissing = "CS240";
    public const string StringsNotFound = "CS241";
    public const string StringsUnreadable = "CS242";
    public const string StringValueMissing = "CS243";

    // Privacy
    public const string PersonalData = "CS210";
    public const string SpreadsheetFormula = "CS211";
}
