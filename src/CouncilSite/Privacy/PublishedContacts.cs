using CouncilSite.Content;
using CouncilSite.Sections.Councillors;

namespace CouncilSite.Privacy;

/// <summary>
/// Contact details the council publishes on purpose, which are never findings: addresses at the
/// council's own domains (from the clerk's e-mail, the accessibility contact and the site's url),
/// the clerk's and councillors' own e-mails and phones from site.yml and their front matter, and
/// whatever the clerk listed under <c>privacy_reviewed:</c>.
/// </summary>
public sealed class PublishedContacts
{
    private readonly HashSet<string> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _places = new(StringComparer.Ordinal);

    public PublishedContacts(SiteContent content)
    {
        var config = content.Config;
        foreach (var email in new[] { config.Clerk?.Email, config.Accessibility.Contact }.OfType<string>().Where(e => e.Contains('@')))
        {
            _domains.Add(PersonalDataPatterns.DomainOf(email));
        }

        if (config.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            _domains.Add(uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host);
        }

        AddContact(config.Clerk?.Email);
        AddContact(config.Clerk?.Phone);
        foreach (var councillor in content.Councillors)
        {
            AddContact(councillor.Email);
            AddContact(councillor.Phone);
        }

        foreach (var entry in config.PrivacyReviewed)
        {
            AddContact(entry);
            _places.Add(entry);
        }
    }

    public IReadOnlyCollection<string> Domains => _domains;

    /// <summary>Whether a match needs no warning: published on purpose, or reviewed by the clerk.</summary>
    public bool Allows(PersonalDataMatch match, string file, int line)
    {
        if (_places.Contains($"{file}:{line}") || _values.Contains(match.Value))
        {
            return true;
        }

        return match.Kind switch
        {
            PersonalDataKind.Email => IsCouncilDomain(PersonalDataPatterns.DomainOf(match.Value)),
            PersonalDataKind.Phone => _values.Contains(PersonalDataPatterns.PhoneDigits(match.Value)),
            _ => false,
        };
    }

    /// <summary>Whether a finding at this place was reviewed (for findings that are not values, such as formulas).</summary>
    public bool Reviewed(string file, int line, string value) => _places.Contains($"{file}:{line}") || _values.Contains(value);

    private bool IsCouncilDomain(string domain) =>
        _domains.Any(d => domain.Equals(d, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));

    private void AddContact(string? value)
    {
        if (value is null)
        {
            return;
        }

        _values.Add(value);
        if (!value.Contains('@'))
        {
            _values.Add(PersonalDataPatterns.PhoneDigits(value));
        }
    }
}
