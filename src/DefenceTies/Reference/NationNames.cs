using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DefenceTies.Reference;

/// <summary>
/// Finds the nations a text names, by every name the reference data gives them: the ISO short and
/// official names (<see cref="NationReference"/>), the common English name and the demonyms of the
/// world-countries data set (<see cref="NationNameTable"/>), and the ISO alpha-3 and alpha-2 codes
/// (see <see cref="NationNameForms"/> for how names are read as prose writes them). Pure: no database.
/// </summary>
/// <remarks>
/// <para>
/// A name is matched as whole words only: "Indiana" does not name India, but "India's", "India’s"
/// and "Thai-led" do, because an apostrophe or hyphen ends a word. Names and demonyms match in any
/// case; straight and typographic apostrophes match each other; a run of white space (a line break
/// too) matches the space of a multi-word name. A demonym may carry a plural s ("Thais"). Accents
/// must be written ("Turkiye" is not "Türkiye"). Where names overlap, the longest wins and matches do
/// not overlap: "South Korea" is not also "Korea", "Indian" is not also "India", "Papua New Guinea"
/// is not also "Guinea".
/// </para>
/// <para>
/// Words that name several nations ("Congolese", "Dominican", "American", "Indian", "French") are
/// reported once for each, marked <see cref="NationMention.IsAmbiguous"/>. A word neither source
/// gives is not read: "Korean" is no one's demonym in world-countries (it has "North Korean" and
/// "South Korean"), so "the Korean Peninsula" names no nation.
/// </para>
/// <para>
/// Codes are noisy: alpha-2 codes are English words or common abbreviations in capitals ("IN", "IT",
/// "AI", "PM"), and alpha-3 codes too ("AND", "CAN", "BEL"). A code is therefore read only written in
/// capitals as a whole word, and only where the text around it is not in capitals itself: the
/// nearest word before or after it must have a lower-case letter. So the "IN" and "TO" of a
/// headline ("INDIA, THAILAND TO SET UP JOINT GROUP") name nothing, while "the US side" and "India
/// (IND)" do. An acronym in running text that is also a code ("AI systems": Anguilla) still
/// matches: <see cref="NationMention.NamedBy"/> says a code was read, so a caller can weigh it.
/// </para>
/// </remarks>
internal static partial class NationNames
{
    // A word character for the whole-word rule: a letter, a combining mark (of a decomposed accent) or a digit.
    private const string WordCharacter = @"[\p{L}\p{M}\p{Nd}]";

    private static readonly Lazy<Matcher> Names = new(Build);

    /// <summary>Every mention of a nation in <paramref name="text"/>, in order of position (by alpha-2 code among the nations one ambiguous word names).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<NationMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matcher = Names.Value;
        var mentions = new List<NationMention>();
        var named = new List<(int Start, int End)>();
        foreach (Match match in matcher.Pattern.Matches(text))
        {
            if (matcher.Lookup(match.Value) is { } nations)
            {
                named.Add((match.Index, match.Index + match.Length));
                mentions.AddRange(nations.Select(n => new NationMention(n.Alpha2Code, match.Index, match.Length, n.NamedBy, nations.Count > 1)));
            }
        }

        foreach (Match match in CapitalWord().Matches(text))
        {
            var code = match.Value;
            var entry = code.Length == 2 ? NationReference.FindAlpha2(code) : NationReference.FindAlpha3(code);
            if (entry is not null
                && !named.Any(n => match.Index < n.End && n.Start < match.Index + match.Length)
                && NextToLowerCase(text, match.Index, match.Length))
            {
                mentions.Add(new NationMention(entry.Alpha2Code, match.Index, match.Length, code.Length == 2 ? NationNaming.Alpha2Code : NationNaming.Alpha3Code, false));
            }
        }

        return [.. mentions.OrderBy(m => m.Index).ThenBy(m => m.Alpha2Code, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="passage"/> names the nation <paramref name="alpha2"/> by any of its names, ambiguous words included (see <see cref="Find"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="alpha2"/> is not an assigned ISO 3166-1 alpha-2 code in capitals.</exception>
    public static bool IsNamedIn(string alpha2, string passage)
    {
        ArgumentNullException.ThrowIfNull(alpha2);
        ArgumentNullException.ThrowIfNull(passage);
        if (NationReference.FindAlpha2(alpha2) is null)
        {
            throw new ArgumentException($"'{alpha2}' is not an alpha-2 code of {NationReference.IsoSource}.", nameof(alpha2));
        }

        return Find(passage).Any(m => m.Alpha2Code == alpha2);
    }

    /// <summary>Whether the nearest word before or after the span has a lower-case letter: the span does not stand in text written in capitals.</summary>
    private static bool NextToLowerCase(string text, int index, int length)
    {
        var before = index - 1;
        while (before >= 0 && !char.IsLetter(text[before]))
        {
            before--;
        }

        for (; before >= 0 && char.IsLetter(text[before]); before--)
        {
            if (char.IsLower(text[before]))
            {
                return true;
            }
        }

        var after = index + length;
        while (after < text.Length && !char.IsLetter(text[after]))
        {
            after++;
        }

        for (; after < text.Length && char.IsLetter(text[after]); after++)
        {
            if (char.IsLower(text[after]))
            {
                return true;
            }
        }

        return false;
    }

    private static Matcher Build()
    {
        var byKey = new Dictionary<string, Dictionary<string, NationNaming>>(StringComparer.Ordinal);
        var demonymKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iso in NationReference.Entries)
        {
            foreach (var (phrase, namedBy) in NationNameForms.Of(iso, NationNameTable.ByAlpha2[iso.Alpha2Code]))
            {
                var key = Key(phrase);
                var nations = byKey.TryGetValue(key, out var found) ? found : byKey[key] = new Dictionary<string, NationNaming>(StringComparer.Ordinal);
                // One phrase, one nation: keep the most authoritative kind (the enum's order).
                nations[iso.Alpha2Code] = nations.TryGetValue(iso.Alpha2Code, out var earlier) && earlier < namedBy ? earlier : namedBy;
                if (namedBy == NationNaming.Demonym)
                {
                    demonymKeys.Add(key);
                }
            }
        }

        // Descending ordinal order puts every phrase before the phrases it starts with ("indian"
        // before "india"), so at any position the regex tries the longest name first.
        var alternatives = byKey.Keys.Order(StringComparer.Ordinal).Reverse()
            .Select(key => Pattern(key) + (demonymKeys.Contains(key) ? "s?" : string.Empty));
        var pattern = $"(?<!{WordCharacter})(?:{string.Join('|', alternatives)})(?!{WordCharacter})";
        var lookup = byKey.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<(string Alpha2Code, NationNaming NamedBy)>)[.. pair.Value.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value))],
            StringComparer.Ordinal);
        return new Matcher(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), lookup, demonymKeys);
    }

    /// <summary>A phrase compared as the matcher compares it: lower case, white space runs as one space, typographic apostrophes straight.</summary>
    private static string Key(string phrase)
    {
        var key = new StringBuilder(phrase.Length);
        foreach (var c in phrase)
        {
            if (char.IsWhiteSpace(c))
            {
                if (key.Length == 0 || key[^1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else
            {
                key.Append(c is '’' ? '\'' : char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>The regex for a phrase's key: a space matches any run of white space, an apostrophe either apostrophe, everything else itself.</summary>
    private static string Pattern(string key)
    {
        var pattern = new StringBuilder();
        foreach (var c in key)
        {
            pattern.Append(c switch
            {
                ' ' => @"\s+",
                '\'' => "['’]",
                _ => Regex.Escape(c.ToString(CultureInfo.InvariantCulture)),
            });
        }

        return pattern.ToString();
    }

    /// <summary>A word of two or three capital letters, standing alone: the shape of an ISO code.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{Nd}])[A-Z]{2,3}(?![\p{L}\p{M}\p{Nd}])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalWord();

    /// <summary>The compiled names: one regex for every phrase, and the nations each phrase names.</summary>
    private sealed record Matcher(
        Regex Pattern,
        IReadOnlyDictionary<string, IReadOnlyList<(string Alpha2Code, NationNaming NamedBy)>> ByKey,
        IReadOnlySet<string> DemonymKeys)
    {
        /// <summary>The nations the matched words name: by their key, or as the plural of a demonym ("Thais").</summary>
        public IReadOnlyList<(string Alpha2Code, NationNaming NamedBy)>? Lookup(string matched)
        {
            var key = Key(matched);
            return ByKey.TryGetValue(key, out var nations) ? nations
                : key.EndsWith('s') && DemonymKeys.Contains(key[..^1]) ? ByKey[key[..^1]]
                : null;
        }
    }
}
