using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.IO.Hashing;
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

    /// <summary>Each type's readable properties, as compiled getters: reflection's own GetValue cost more than the hashing.</summary>
    private readonly ConcurrentDictionary<Type, Func<object, object?>[]> _properties = new();

    /// <summary>A hasher per depth for each thread, reset and reused: a value's hasher is busy while its members are hashed one level down.</summary>
    [ThreadStatic]
    private static XxHash128?[]? _hashers;

    /// <summary>Parsed files, numbered once for the life of the session.</summary>
    private readonly ConditionalWeakTable<object, StrongBox<long>> _identities = new();
    private long _nextIdentity;
    private long _nextOpaque;

    /// <summary>Objects already hashed in this build: views are shared by many pages (a meeting is on its own page, its year's and its committee's).</summary>
    private ConcurrentDictionary<object, UInt128> _done = new(ReferenceEqualityComparer.Instance);

    /// <summary>Forgets the objects of the last build; identities of parsed files are kept.</summary>
    public void NextBuild() => _done = new ConcurrentDictionary<object, UInt128>(ReferenceEqualityComparer.Instance);

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
        switch (value)
        {
            case null:
                return UInt128.Zero;
            case string text:
                return Text('s', text);
            case MarkdownSource or MarkdownObject:
                return Identity(value);
            case Delegate or MemberInfo or Stream or Task:
                return Opaque();
        }

        var type = value.GetType();
        if (IsScalar(value, type))
        {
            return Scalar(value, type);
        }

        if (depth > MaxDepth)
        {
            return Opaque();
        }

        if (!type.IsValueType && _done.TryGetValue(value, out var known))
        {
            return known;
        }

        var hash = Hashers()[depth] ??= new XxHash128();
        hash.Reset();
        Append(hash, (UInt128)(ulong)type.TypeHandle.Value);
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Append(hash, Hash(item, depth + 1));
            }
        }
        else
        {
            foreach (var get in _properties.GetOrAdd(type, Readable))
            {
                Append(hash, Hash(get(value), depth + 1));
            }
        }

        var result = hash.GetCurrentHashAsUInt128();
        if (!type.IsValueType)
        {
            _done[value] = result;
        }

        return result;
    }

    private static XxHash128?[] Hashers() => _hashers ??= new XxHash128[MaxDepth + 2];

    private UInt128 Identity(object value)
    {
        var id = _identities.GetValue(value, _ => new StrongBox<long>(Interlocked.Increment(ref _nextIdentity))).Value;
        return Text('i', id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A hash never given before in this session, so the value never matches the last build's.</summary>
    private UInt128 Opaque() => Text('o', Interlocked.Increment(ref _nextOpaque).ToString(CultureInfo.InvariantCulture));

    private static UInt128 Text(char kind, string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()), kind);

    /// <summary>A scalar by its type and its invariant text; the type's handle tells kinds apart within the session.</summary>
    private static UInt128 Scalar(object value, Type type)
    {
        var seed = (long)type.TypeHandle.Value;
        // Enums go by their text below: one backed by a ulong above long.MaxValue would not convert.
        if (value is int or long or bool or byte or short or char)
        {
            var number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number)), seed);
        }

        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(Scalar(value).AsSpan()), seed);
    }

    private static void Append(XxHash128 hash, UInt128 value) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in value)));

    /// <summary>Values written whole as text. A struct with nothing public to read (a <see cref="UInt128"/>) is one too, or all of its kind would hash alike.</summary>
    private bool IsScalar(object value, Type type) =>
        type.IsPrimitive || type.IsEnum || value is decimal or DateOnly or TimeOnly or DateTime or DateTimeOffset or TimeSpan or Guid or Uri or UInt128 or Int128 ||
        (type.IsValueType && value is not IEnumerable && _properties.GetOrAdd(type, Readable).Length == 0);

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
