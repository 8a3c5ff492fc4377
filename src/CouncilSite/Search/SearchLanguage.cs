using System.Buffers;
using System.Globalization;
using System.Text;

namespace CouncilSite.Search;

/// <summary>
/// How one language's words are found: folded as the browser folds what a resident types, then
/// stemmed so that "allotments" finds "allotment" (<see cref="EnglishSearch"/>), or, in Welsh,
/// each also found by the words it may be a mutated form of, so that "cyngor" finds "gyngor"
/// (<see cref="WelshSearch"/>). A language is one class.
/// </summary>
/// <remarks>
/// The browser repeats <see cref="Fold"/> in themes/default/assets/search.js (keep the two alike)
/// and never stems nor mutates: the index maps each word as the site writes it to its stem's
/// results, and lists the words a written word may stand for as words of their own.
/// </remarks>
public abstract class SearchLanguage
{
    /// <summary>Longer words (a pasted hash, a clerk's run of letters) are cut here, in the browser too.</summary>
    public const int LongestWord = 40;

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The stem of a folded word; called once per distinct word of a build, from any thread.</summary>
    public abstract string Stem(string word);

    /// <summary>
    /// Endings the browser takes off a typed word the site never writes, to find one it does
    /// ("areas" finds "area"): each is "ending" or "ending:replacement".
    /// </summary>
    public virtual IReadOnlyList<string> QueryEndings => [];

    /// <summary>
    /// Other words a folded word the site writes may be a form of ("gyngor" may be "cyngor"): a
    /// search for one of them finds the word too, at half the weight of the word itself.
    /// </summary>
    public virtual IReadOnlyList<string> MayStandFor(string word) => [];

    /// <summary>The language of a site's language tag (<c>cy</c>, <c>cy-GB</c>, <c>en-GB</c>, in any case); English for any other.</summary>
    public static SearchLanguage For(string? tag) =>
        (tag ?? "").Trim().Split('-', '_')[0].Equals("cy", StringComparison.OrdinalIgnoreCase) ? new WelshSearch() : new EnglishSearch();

    /// <summary>
    /// Calls <paramref name="word"/> with each folded word of <paramref name="text"/>: lowercase,
    /// accents taken off, possessive 's and apostrophes dropped ("council's" is "council",
    /// "don't" is "dont"), ligatures written out ("ﬁ" is "fi"), digits kept with their letters ("25k"), thousands joined ("2,500" is
    /// "2500"), and anything else a break between words.
    /// </summary>
    public static void Fold(ReadOnlySpan<char> text, WordAction word)
    {
        Span<char> buffer = stackalloc char[LongestWord];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Most of a site's text is runs of ASCII letters, taken whole by the runtime's vectorised search and lowercasing.
            var run = text[i..].IndexOfAnyExcept(AsciiLettersAndDigits) is var end and >= 0 ? end : text.Length - i;
            if (run > 0)
            {
                var fits = Math.Min(run, buffer.Length - length);
                Ascii.ToLower(text.Slice(i, fits), buffer[length..], out var written);
                length += written;
                i += run - 1;
                continue;
            }

            var c = text[i];
            if (c < 128)
            {
                if (c == '\'' && length > 0 && Joins(text, ref i))
                {
                    continue;
                }

                if (c == ',' && length > 0 && char.IsAsciiDigit(buffer[length - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    continue;
                }
            }
            else if (c is '\u2019' or '\u02BC')
            {
                if (length > 0 && Joins(text, ref i))
                {
                    continue;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            else if (char.IsLetterOrDigit(c))
            {
                foreach (var folded in Unaccented(c))
                {
                    Append(buffer, ref length, folded);
                }

                continue;
            }

            if (length > 0)
            {
                word(buffer[..length]);
                length = 0;
            }
        }

        if (length > 0)
        {
            word(buffer[..length]);
        }
    }

    /// <summary>The folded words of a text, in order, repeats kept.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        Fold(text, w => words.Add(w.ToString()));
        return words;
    }

    private static void Append(Span<char> buffer, ref int length, char c)
    {
        if (length < buffer.Length)
        {
            buffer[length++] = c;
        }
    }

    /// <summary>An apostrophe inside a word: "'s" at its end is dropped whole, any other apostrophe joins its two halves.</summary>
    private static bool Joins(ReadOnlySpan<char> text, ref int i)
    {
        var at = i;
        if (at + 1 >= text.Length || !char.IsLetterOrDigit(text[at + 1]))
        {
            return false;
        }

        if (text[at + 1] is 's' or 'S' && (at + 2 >= text.Length || !char.IsLetterOrDigit(text[at + 2])))
        {
            i = at + 1;
        }

        return true;
    }

    /// <summary>A letter beyond ASCII, lowercase, without its accents ("É" is "e") and in its plain form (the ligature "ﬁ" of PDF text is "fi"); letters with no plain form stay as they are.</summary>
    private static string Unaccented(char c)
    {
        // Lowercased after it is taken apart, so that "İ" is "i" here as it is in the browser (the invariant culture leaves it as it is).
        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        return decomposed.Length == 1 ? decomposed : string.Concat(decomposed.Where(char.IsLetterOrDigit));
    }
}

/// <summary>One folded word, in a buffer the caller reuses: copy it to keep it.</summary>
public delegate void WordAction(ReadOnlySpan<char> word);
