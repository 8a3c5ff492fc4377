namespace CouncilSite.Site;

/// <summary>The council's identity and settings, from <c>site.yml</c>.</summary>
public sealed record SiteConfig
{
    public required string Name { get; init; }

    /// <summary>The public address without a trailing slash, or null when the clerk has not set one.</summary>
    public string? Url { get; init; }

    /// <summary>The languages the site is written in, and the one these settings are read in.</summary>
    public SiteLanguages Languages { get; init; } = SiteLanguages.Single("en-GB");

    /// <summary>The language tag of these settings and of the pages made with them.</summary>
    public string Language => Languages.Tag;

    /// <summary>True when site.yml says every page is translated (<c>translations: complete</c>): a page without its translation is then reported.</summary>
    public bool TranslationsComplete { get; init; }

    /// <summary>Where the pages and files made in <see cref="Language"/> live: under its prefix (<c>/cy/</c>) for a language besides the default.</summary>
    public Addresses.LanguageAddresses Addresses { get; init; } = CouncilSite.Addresses.LanguageAddresses.Root;
    public string Timezone { get; init; } = "Europe/London";
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public string Authority { get; init; } = "parish";
    public string Transparency { get; init; } = "smaller-authorities";

    /// <summary>Month and day on which the financial year starts (default 1 April).</summary>
    public int FinancialYearStartMonth { get; init; } = 4;
    public int FinancialYearStartDay { get; init; } = 1;

    public Clerk? Clerk { get; init; }
    public IReadOnlyList<Committee> Committees { get; init; } = [];

    /// <summary>Days not counted as clear days besides Sundays and the known bank holidays (<c>bank_holidays:</c>).</summary>
    public IReadOnlyList<DateOnly> BankHolidays { get; init; } = [];
    public AccessibilityInfo Accessibility { get; init; } = new();

    /// <summary>Privacy findings the clerk has checked (<c>privacy_reviewed:</c>): exact values, or <c>file:line</c>.</summary>
    public IReadOnlyList<string> PrivacyReviewed { get; init; } = [];

    /// <summary>Websites (host names, lower case) whose images a clerk's Markdown may show (<c>allow_images_from:</c>), each with a warning.</summary>
    public IReadOnlySet<string> AllowImagesFrom { get; init; } = new HashSet<string>();
    public string Theme { get; init; } = "default";
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    public Committee? FindCommittee(string id) => Committees.FirstOrDefault(c => c.Id == id);

    /// <summary>Today's date in the council's time zone: statuses and deadlines follow the council's calendar, not the computer's.</summary>
    public DateOnly LocalToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZone).DateTime);
}

public sealed record Clerk(string? Name, string? Email, string? Phone, string? Address);

public sealed record Committee(string Id, string Name, string? Description);

/// <summary>What the clerk tells us for the accessibility statement.</summary>
public sealed record AccessibilityInfo
{
    public string? Contact { get; init; }
    public DateOnly? Prepared { get; init; }
    public DateOnly? Reviewed { get; init; }
    public DateOnly? Tested { get; init; }
    public IReadOnlyList<string> KnownIssues { get; init; } = [];
}
