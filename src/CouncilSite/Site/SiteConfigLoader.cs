using System.Globalization;
using System.Text.RegularExpressions;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using CouncilSite.Yaml;

namespace CouncilSite.Site;

/// <summary>Reads <c>site.yml</c>; the one file every site must have.</summary>
public static partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    /// <summary>The site's settings, in the default language, with a message for each mistake.</summary>
    public static SiteConfig? Load(SiteFolder folder, DiagnosticBag diagnostics) => Load(folder, diagnostics, null);

    /// <summary>
    /// The site's settings as another of its languages reads them (a committee's Welsh name); every
    /// mistake in site.yml was reported when it was read in the default language.
    /// </summary>
    public static SiteConfig? In(SiteFolder folder, SiteConfig config, string language) =>
        config.Languages.Tag == language ? config : Load(folder.ReportingTo(new DiagnosticBag()), new DiagnosticBag(), language);

    private static SiteConfig? Load(SiteFolder folder, DiagnosticBag diagnostics, string? language)
    {
        // A site.yml that is a link to outside is there, and the read below says why it is refused.
        if (!folder.FileIsThere(FileName))
        {
            // A 'Site.yml' or 'site.yaml' is named in the message but not read: every message about a setting names site.yml.
            var misnamed = folder.Files("", recursive: false).FirstOrDefault(f => FixedFileNames.Matches(f, FileName));
            diagnostics.Error(FileName, 0, 0, DiagnosticCodes.SiteYmlMissing,
                misnamed is null ? $"There is no site.yml in {folder.Root}." : $"There is no site.yml in {folder.Root}, but there is '{misnamed}'.",
                misnamed is null
                    ? "Every site folder needs a site.yml with at least the council's name, e.g. 'name: Little Bramford Parish Council'. Check that you gave the right folder."
                    : FixedFileNames.RenameHint(misnamed, FileName));
            return null;
        }

        var text = folder.ReadText(FileName, FileLimit.Settings);
        if (text is null)
        {
            return null;
        }

        var fields = YamlDocument.Parse(text, FileName, 1, SiteSettings.Kind.Settings, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var languages = ReadLanguages(fields, diagnostics);
        languages = language is null ? languages : languages.In(language);
        fields = fields.In(languages);
        var name = fields.RequiredString("name", "Add a line such as 'name: Little Bramford Parish Council'.");
        var (timezoneId, timezone) = ReadTimeZone(fields, diagnostics);
        var (fyMonth, fyDay) = ReadFinancialYearStart(fields, diagnostics);

        return new SiteConfig
        {
            Name = name,
            Url = ReadUrl(fields, diagnostics),
            Languages = languages,
            TranslationsComplete = fields.OneOf("translations") == "complete",
            Timezone = timezoneId,
            TimeZone = timezone,
            Authority = fields.OneOf("authority") ?? "parish",
            Transparency = fields.OneOf("transparency") ?? "smaller-authorities",
            FinancialYearStartMonth = fyMonth,
            FinancialYearStartDay = fyDay,
            Clerk = ReadClerk(fields.Map("clerk")),
            Committees = ReadCommittees(fields, diagnostics),
            BankHolidays = ReadBankHolidays(fields, diagnostics),
            Accessibility = ReadAccessibility(fields.Map("accessibility")),
            PrivacyReviewed = fields.StringList("privacy_reviewed"),
            AllowImagesFrom = ReadImageHosts(fields, diagnostics),
            Theme = ReadTheme(fields, folder, diagnostics),
            Extra = fields.Extra(),
        };
    }

    /// <summary>'languages: [en, cy]' for a site in more than one language, the first the default; else the one 'language:'.</summary>
    private static SiteLanguages ReadLanguages(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has("languages"))
        {
            return SiteLanguages.Single(ReadLanguage(fields, "language", fields.String("language") ?? "en-GB", diagnostics));
        }

        if (fields.Has("language"))
        {
            diagnostics.Error(FileName, fields.LineOf("language"), 1, DiagnosticCodes.LanguagesWrong,
                "site.yml gives both 'language' and 'languages'.",
                "Keep only 'languages:', listing every language with the default first, e.g. 'languages: [en, cy]'; delete the 'language:' line.");
        }

        var tags = new List<string>();
        foreach (var written in fields.StringList("languages"))
        {
            if (!LanguageTag.IsWellFormed(written))
            {
                ReadLanguage(fields, "languages", written, diagnostics);
                continue;
            }

            var tag = written;
            if (tags.Exists(t => SiteLanguages.CodeOf(t) == SiteLanguages.CodeOf(tag)))
            {
                diagnostics.Error(FileName, fields.LineOf("languages"), 1, DiagnosticCodes.LanguagesWrong,
                    $"The language '{SiteLanguages.CodeOf(tag)}' is listed twice in 'languages'.",
                    "List each language once: its pages, its translation files (about.cy.md) and its addresses (/cy/) are named by the first part of the tag.");
                continue;
            }

            tags.Add(tag);
        }

        if (tags.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(FileName, fields.LineOf("languages"), 1, DiagnosticCodes.LanguagesWrong,
                "'languages' lists no language.", "List the site's languages, the default first, e.g. 'languages: [en, cy]'; or, for one language, write 'language: en-GB' instead.");
        }

        return tags.Count == 0 ? SiteLanguages.Single("en-GB") : new SiteLanguages(tags);
    }

    private static string ReadLanguage(YamlFields fields, string key, string language, DiagnosticBag diagnostics)
    {
        if (LanguageTag.IsWellFormed(language))
        {
            return language;
        }

        diagnostics.Error(FileName, fields.LineOf(key), 1, DiagnosticCodes.NotALanguageTag,
            $"The language '{language}' is not a language tag.",
            "Write each language of the site's pages as a language tag, e.g. 'en-GB' for English or 'cy' for Welsh.");
        return "en-GB";
    }

    private static string? ReadUrl(YamlFields fields, DiagnosticBag diagnostics)
    {
        var url = fields.String("url");
        if (url is null)
        {
            return null;
        }

        if (SiteUrl.Problem(url) is { } problem)
        {
            diagnostics.Error(FileName, fields.LineOf("url"), 1, DiagnosticCodes.InvalidValue, problem, SiteUrl.Hint);
            return null;
        }

        return url.TrimEnd('/');
    }

    /// <summary>The theme's folder under themes/: its files are published, so a name leading anywhere else is refused.</summary>
    private static string ReadTheme(YamlFields fields, SiteFolder folder, DiagnosticBag diagnostics)
    {
        const string themes = "themes/";
        var name = fields.String("theme");
        if (name is null)
        {
            return "default";
        }

        if (folder.Within(themes + name) is { } path && path.StartsWith(themes, StringComparison.Ordinal))
        {
            return path[themes.Length..];
        }

        diagnostics.Error(FileName, fields.LineOf("theme"), fields.ValueColumn("theme"), DiagnosticCodes.SettingLeavesSite,
            $"The theme '{name}' leads outside the site's themes folder, so it was not used.",
            "Give the name of a folder inside themes/, e.g. 'theme: village' for themes/village/, or use 'theme: default'.");
        return "default";
    }

    private static (string Id, TimeZoneInfo Zone) ReadTimeZone(YamlFields fields, DiagnosticBag diagnostics)
    {
        var id = fields.String("timezone") ?? "Europe/London";
        try
        {
            return (id, TimeZoneInfo.FindSystemTimeZoneById(id));
        }
        catch (TimeZoneNotFoundException)
        {
            diagnostics.Error(FileName, fields.LineOf("timezone"), 1, DiagnosticCodes.InvalidValue,
                $"'{id}' is not a known time zone.", "Councils in the UK use 'timezone: Europe/London'.");
            return (id, TimeZoneInfo.Utc);
        }
    }

    private static (int Month, int Day) ReadFinancialYearStart(YamlFields fields, DiagnosticBag diagnostics)
    {
        var text = fields.String("financial_year_start");
        if (text is null)
        {
            return (4, 1);
        }

        var match = MonthDay().Match(text);
        if (match.Success && DateOnly.TryParseExact($"2024-{match.Groups[1].Value}-{match.Groups[2].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return (d.Month, d.Day);
        }

        diagnostics.Error(FileName, fields.LineOf("financial_year_start"), 1, DiagnosticCodes.InvalidDate,
            $"'{text}' is not a month and day written as MM-DD.", "Most councils' financial year starts on 1 April: 'financial_year_start: 04-01'.");
        return (4, 1);
    }

    private static Clerk? ReadClerk(YamlFields? clerk) =>
        clerk is null ? null : new Clerk(clerk.String("name"), clerk.String("email"), clerk.String("phone"), clerk.String("address"));

    private static List<Committee> ReadCommittees(YamlFields fields, DiagnosticBag diagnostics)
    {
        var committees = new List<Committee>();
        foreach (var item in fields.MapList("committees"))
        {
            var id = item.RequiredString("id", "Give each committee a short id made of lower-case letters and hyphens, e.g. 'id: planning'.");
            var name = item.RequiredString("name", "Give each committee its full name, e.g. 'name: Planning Committee'.");
            if (id.Length == 0)
            {
                continue;
            }

            if (!CommitteeId().IsMatch(id))
            {
                diagnostics.Error(FileName, item.LineOf("id"), 1, DiagnosticCodes.InvalidValue,
                    $"The committee id '{id}' can only contain lower-case letters, digits and hyphens.",
                    "Ids appear in meeting folder names and addresses, e.g. 'full-council' or 'planning'.");
            }
            else if (id.All(char.IsAsciiDigit))
            {
                // /decisions/<committee>/ sits beside /decisions/<year>/: a committee called 2024 would take that year's page.
                diagnostics.Error(FileName, item.LineOf("id"), 1, DiagnosticCodes.CommitteeIdNumber,
                    $"The committee id '{id}' is only a number, and the decisions of each year are published at /decisions/<year>/, so it could take a year's address.",
                    $"Give the committee an id with a word in it, e.g. 'committee-{id}'; the id is also the end of its meeting folders' names.");
            }
            else if (committees.Exists(c => c.Id == id))
            {
                diagnostics.Error(FileName, item.LineOf("id"), 1, DiagnosticCodes.DuplicateCommittee,
                    $"The committee id '{id}' is used twice.", "Each committee needs its own id.");
            }
            else
            {
                committees.Add(new Committee(id, name.Length > 0 ? name : id, item.String("description")));
            }
        }

        return committees;
    }

    private static List<DateOnly> ReadBankHolidays(YamlFields fields, DiagnosticBag diagnostics)
    {
        var days = new List<DateOnly>();
        foreach (var text in fields.StringList("bank_holidays"))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
            else
            {
                diagnostics.Error(FileName, fields.LineOf("bank_holidays"), 1, DiagnosticCodes.InvalidDate,
                    $"'{text}' in 'bank_holidays' is not a date written as YYYY-MM-DD.",
                    "List each extra bank holiday on its own line, e.g. '  - 2031-05-09'.");
            }
        }

        return days;
    }

    private static HashSet<string> ReadImageHosts(YamlFields fields, DiagnosticBag diagnostics)
    {
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var host in fields.StringList("allow_images_from"))
        {
            if (Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4)
            {
                hosts.Add(host.ToLowerInvariant());
            }
            else
            {
                diagnostics.Error(FileName, fields.LineOf("allow_images_from"), 1, DiagnosticCodes.InvalidValue,
                    $"'{host}' in 'allow_images_from' is not the name of a website.",
                    "Write only the website's name, without https:// or any path, one a line, e.g. '  - photos.example.org'.");
            }
        }

        return hosts;
    }

    private static AccessibilityInfo ReadAccessibility(YamlFields? a) =>
        a is null
            ? new AccessibilityInfo()
            : new AccessibilityInfo
            {
                Contact = a.String("contact"),
                Prepared = a.Date("prepared"),
                Reviewed = a.Date("reviewed"),
                Tested = a.Date("tested"),
                KnownIssues = a.StringList("known_issues"),
            };

    [GeneratedRegex(@"^(\d{2})-(\d{2})$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CommitteeId();
}
