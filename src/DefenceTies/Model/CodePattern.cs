namespace DefenceTies.Model;

/// <summary>
/// The shape of an external identifier (a Wikidata item, a Correlates of War abbreviation): an
/// optional fixed prefix, a first character and further characters from ASCII ranges, and a length.
/// Written once as data, so the model's check (<see cref="Matches"/>) and the database's CHECK
/// constraint (built from the same ranges by the mapping) cannot drift apart.
/// </summary>
internal sealed record CodePattern(string Prefix, IReadOnlyList<(int First, int Last)> FirstCharacter, IReadOnlyList<(int First, int Last)> OtherCharacters, int MinLength, int MaxLength, string Example)
{
    private static readonly (int, int) Digit = ('0', '9');
    private static readonly (int, int) Upper = ('A', 'Z');
    private static readonly (int, int) Lower = ('a', 'z');

    /// <summary>A Wikidata item identifier: "Q" and a number without leading zeros ("Q7768").</summary>
    public static CodePattern WikidataItem { get; } = new("Q", [('1', '9')], [Digit], 2, 13, "Q7768");

    /// <summary>A Correlates of War IGO abbreviation: a letter, then letters and digits ("ASEAN", "AfDB").</summary>
    public static CodePattern CowIgoAbbreviation { get; } = new(string.Empty, [Upper, Lower], [Digit, Upper, Lower], 2, 16, "ASEAN");

    /// <summary>An ISO 4217 alphabetic currency code: three capital letters ("EUR"); which codes exist, the reference list says.</summary>
    public static CodePattern CurrencyCode { get; } = new(string.Empty, [Upper], [Upper], 3, 3, "EUR");

    /// <summary>Whether <paramref name="value"/> has this shape.</summary>
    public bool Matches(string value) =>
        value.Length >= MinLength && value.Length <= MaxLength && value.StartsWith(Prefix, StringComparison.Ordinal) && value.Length > Prefix.Length
        && In(value[Prefix.Length], FirstCharacter) && value.AsSpan(Prefix.Length + 1).ToArray().All(c => In(c, OtherCharacters));

    /// <summary>The shape in words, for error messages.</summary>
    public string Describe() =>
        $"{(Prefix.Length > 0 ? $"'{Prefix}' then " : string.Empty)}one of {Ranges(FirstCharacter)} then {Ranges(OtherCharacters)}, {MinLength} to {MaxLength} characters in all, such as {Example}";

    private static bool In(char c, IReadOnlyList<(int First, int Last)> ranges) => ranges.Any(r => c >= r.First && c <= r.Last);

    private static string Ranges(IReadOnlyList<(int First, int Last)> ranges) => string.Join(string.Empty, ranges.Select(r => $"[{(char)r.First}-{(char)r.Last}]"));
}
