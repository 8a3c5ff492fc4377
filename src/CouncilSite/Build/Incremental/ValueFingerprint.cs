using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CouncilSite.Content;
using Markdig.Syntax;

namespace CouncilSite.Build.Incremental;

/// <summary>
/// A 128-bit hash of everything a template can read from a value: its public properties, list
/// items and dictionary entries, followed all the way down. Two builds that give a page equal
/// fingerprints give it the same inputs, so its bytes from the last build can be kept.
/// <para>
/// Parsed Markdown is hashed by identity: the session hands back the same parsed file for the
/// same text, so "the same object" means "the same text". Anything the hasher cannot see into
/// (a delegate, a stream) gets a fresh hash every build, so its page is always drawn again:
/// a missed change would publish a stale page, a false alarm only costs time.
/// </para>
/// </summary>
internal sealed class ValueFingerprint
{
    private const int MaxDepth = 64;

    /// <summary>How each type is hashed, worked out once: the checks cost more than the hashing when made for every value.</summary>
    private readonly ConcurrentDictionary<Type, Shape> _shapes = new();

    /// <summary>A hasher per depth for each thread, reset and reused: a value's hasher is busy while its members are hashed one level down.</summary>
    [ThreadStatic]
    private static XxHash128?[]? _hashers;

    /// <summary>Parsed files, numbered once for the life of the session.</summary>
    private readonly ConditionalWeakTable<object, StrongBox<long>> _identities = new();
    private long _nextIdentity;
    private long _nextOpaque;

    /// <summary>
    /// Records already hashed in this build, by each thread: views are shared by many pages (a
    /// meeting is on its own page, its year's and its committee's). A table shared by the threads
    /// cost more in waits for its locks than the hashing it saved. Each says whether it met an
    /// opaque value, which a value holding it then meets too.
    /// </summary>
    private readonly ThreadLocal<Dictionary<object, (UInt128 Hash, bool Opaque)>> _done = new(() => new(ReferenceEqualityComparer.Instance), trackAllValues: true);

    /// <summary>
    /// Hashes of records (pages, their models, views) and dictionaries (the settings of site.yml and
    /// front matter), kept from build to build by identity: the session hands back the same pages
    /// for an unchanged meeting, and hashing every page again was most of a rebuild's drawing
    /// stage. Records and dictionaries are never changed once made, so the same object hashes the
    /// same; one holding anything opaque is not kept, so its page is still drawn again every build.
    /// </summary>
    private readonly ConditionalWeakTable<object, StrongBox<UInt128>> _kept = new();

    /// <summary>How many opaque values this thread has met, to tell whether a hash met one.</summary>
    [ThreadStatic]
    private static long _opaquesMet;

    /// <summary>Forgets the objects of the last build; identities of parsed files are kept. Called while no thread is hashing.</summary>
    public void NextBuild()
    {
        foreach (var done in _done.Values)
        {
            done.Clear();
        }
    }

    public UInt128 Of(object? value) => Hash(value, 0);

    /// <summary>Several values together, in order.</summary>
    public UInt128 Of(params object?[] values)
    {
        // The last of the thread's hashers, one past the deepest value's: each value below uses those from the first.
        var hash = Hashers()[MaxDepth + 1] ??= new XxHash128();
        hash.Reset();
        foreach (var value in values)
        {
            Append(hash, Hash(value, 0));
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private UInt128 Hash(object? value, int depth)
    {
        if (value is null)
        {
            return UInt128.Zero;
        }

        if (value is string text)
        {
            return Text('s', text);
        }

        var type = value.GetType();
        var shape = _shapes.GetOrAdd(type, ShapeOf);
        switch (shape.Kind)
        {
            case Kind.Scalar:
                return Scalar(value, type);
            case Kind.Identity:
                return Identity(value);
            case Kind.Opaque:
                return Opaque();
        }

        if (depth > MaxDepth)
        {
            return Opaque();
        }

        // Records are remembered for the build (views are shared by many pages) and, with
        // dictionaries, kept for the next one. A page's own lists are seldom shared, so remembering
        // them (and giving each its identity hash) cost more than it saved.
        var done = shape.Kind == Kind.Record && !type.IsValueType ? _done.Value! : null;
        if (done is not null && done.TryGetValue(value, out var known))
        {
            _opaquesMet += known.Opaque ? 1 : 0;
            return known.Hash;
        }

        var keep = done is not null || value is IReadOnlyDictionary<string, object?>;
        if (keep && _kept.TryGetValue(value, out var kept))
        {
            done?.Add(value, (kept.Value, false));
            return kept.Value;
        }

        var opaquesBefore = _opaquesMet;
        var hash = Hashers()[depth] ??= new XxHash128();
        hash.Reset();
        Append(hash, (UInt128)(ulong)type.TypeHandle.Value);
        if (shape.Kind == Kind.Sequence)
        {
            foreach (var item in (IEnumerable)value)
            {
                Append(hash, Hash(item, depth + 1));
            }
        }
        else
        {
            foreach (var get in shape.Getters)
            {
                Append(hash, Hash(get(value), depth + 1));
            }
        }

        var result = hash.GetCurrentHashAsUInt128();
        var opaque = _opaquesMet != opaquesBefore;
        if (done is not null)
        {
            // Set, not added: a record that holds itself further down was already given a (depth-limited) hash there.
            done[value] = (result, opaque);
        }

        if (keep && !opaque)
        {
            _kept.AddOrUpdate(value, new StrongBox<UInt128>(result));
        }

        return result;
    }

    private static XxHash128?[] Hashers() => _hashers ??= new XxHash128[MaxDepth + 2];

    private UInt128 Identity(object value)
    {
        var id = _identities.GetValue(value, _ => new StrongBox<long>(Interlocked.Increment(ref _nextIdentity))).Value;
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in id)), 'i');
    }

    /// <summary>A hash never given before in this session, so the value never matches the last build's.</summary>
    private UInt128 Opaque()
    {
        _opaquesMet++;
        return Text('o', Interlocked.Increment(ref _nextOpaque).ToString(CultureInfo.InvariantCulture));
    }

    private static UInt128 Text(char kind, string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()), kind);

    /// <summary>A scalar by its type and its invariant text; the type's handle tells kinds apart within the session.</summary>
    private static UInt128 Scalar(object value, Type type)
    {
        var seed = (long)type.TypeHandle.Value;
        // Enums go by their text below: one backed by a ulong above long.MaxValue would not convert.
        // Dates and times, on nearly every view, go by their numbers rather than by text made for each.
        if (value is int or long or bool or byte or short or char or DateOnly or TimeOnly)
        {
            var number = value switch
            {
                DateOnly date => date.DayNumber,
                TimeOnly time => time.Ticks,
                _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            };
            return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number)), seed);
        }

        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(Scalar(value).AsSpan()), seed);
    }

    private static void Append(XxHash128 hash, UInt128 value) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in value)));

    private static Shape ShapeOf(Type type)
    {
        var getters = typeof(IEnumerable).IsAssignableFrom(type) ? [] : Readable(type);
        var kind = type switch
        {
            _ when typeof(MarkdownSource).IsAssignableFrom(type) || typeof(MarkdownObject).IsAssignableFrom(type) => Kind.Identity,
            _ when typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Stream).IsAssignableFrom(type) || typeof(Task).IsAssignableFrom(type) => Kind.Opaque,
            // Values written whole as text. A struct with nothing public to read (a UInt128) is one too, or all of its kind would hash alike.
            _ when type.IsPrimitive || type.IsEnum || Array.IndexOf(ScalarTypes, type) >= 0 || (type.IsValueType && !typeof(IEnumerable).IsAssignableFrom(type) && getters.Length == 0) => Kind.Scalar,
            _ when typeof(IEnumerable).IsAssignableFrom(type) => Kind.Sequence,
            _ => Kind.Record,
        };
        return new Shape(kind, getters);
    }

    private static readonly Type[] ScalarTypes =
        [typeof(decimal), typeof(DateOnly), typeof(TimeOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(UInt128), typeof(Int128)];

    private enum Kind
    {
        Scalar,
        Identity,
        Opaque,
        Sequence,
        Record,
    }

    /// <param name="Getters">For a record, its readable properties as compiled getters: reflection's own GetValue cost more than the hashing.</param>
    private sealed record Shape(Kind Kind, Func<object, object?>[] Getters);

    private static string Scalar(object value) => value switch
    {
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Getters of the public instance properties without parameters, in declaration order.</summary>
    private static Func<object, object?>[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(p => Getter(type, p))
            .ToArray();

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}
