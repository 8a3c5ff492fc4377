using System.Runtime.CompilerServices;

namespace CouncilSite.Content;

/// <summary>
/// What a preview session keeps of the values worked out from each part of the site (a meeting's
/// view, its calendar event) from one build to the next. A session hands back an unchanged part as
/// the same object, so a value kept with it under the same settings, date and strings is still
/// right, and an edit to one meeting works out again that meeting's values, not every meeting's. A one-off build
/// uses <see cref="None"/>, which keeps nothing.
/// </summary>
public sealed class PartMemory
{
    /// <summary>Keeps nothing: every value is worked out when asked for.</summary>
    public static PartMemory None { get; } = new(remember: false);

    /// <summary>For each kind of value (its <see cref="Remembered{TPart, TValue}"/>), the values kept by part.</summary>
    private readonly ConditionalWeakTable<object, ConditionalWeakTable<object, Entry>>? _kinds;

    /// <summary>A fingerprint of the settings, date and strings of the build under way, which every kept value was worked out under.</summary>
    private Fingerprint _settingsFingerprint;

    public PartMemory()
        : this(remember: true)
    {
    }

    private PartMemory(bool remember) => _kinds = remember ? new() : null;

    /// <summary>Starts a build's Model stage: values kept under other settings, another date or other strings are worked out again.</summary>
    internal void Start(UInt128 settingsFingerprint)
    {
        // None is shared by every one-off build and must never change.
        if (_kinds is not null)
        {
            _settingsFingerprint = new Fingerprint(settingsFingerprint);
        }
    }

    /// <summary>The value of <paramref name="kind"/> for <paramref name="part"/>, kept from the last build while <paramref name="stillRight"/> holds.</summary>
    /// <param name="stillRight">What besides the part and the settings the value rests on, checked on a kept value.</param>
    internal TValue Of<TValue>(object kind, object part, Func<TValue> make, Func<TValue, bool>? stillRight = null)
    {
        if (_kinds is null)
        {
            return make();
        }

        var kept = _kinds.GetValue(kind, _ => new ConditionalWeakTable<object, Entry>());
        if (kept.TryGetValue(part, out var known) && known.SettingsFingerprint == _settingsFingerprint && known.Value is TValue value && (stillRight?.Invoke(value) ?? true))
        {
            return value;
        }

        var made = make();
        kept.AddOrUpdate(part, new Entry(_settingsFingerprint, made));
        return made;
    }

    private sealed record Entry(Fingerprint SettingsFingerprint, object? Value);

    /// <summary>
    /// A fingerprint held as two halves, not as a <see cref="UInt128"/>: ReadyToRun cannot lay out ahead of time a
    /// type that holds one (its alignment differs between systems), so every method taking or calling with a
    /// PartMemory, the whole Model stage among them, was compiled by the JIT at each start.
    /// </summary>
    private readonly record struct Fingerprint(ulong Upper, ulong Lower)
    {
        public Fingerprint(UInt128 value)
            : this((ulong)(value >> 64), (ulong)value)
        {
        }
    }
}
