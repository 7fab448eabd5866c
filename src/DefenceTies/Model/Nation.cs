using DefenceTies.Reference;

namespace DefenceTies.Model;

/// <summary>
/// A nation: an assigned ISO 3166-1 entry, with the Correlates of War and Gleditsch–Ward codes
/// where a source gives them (the identifiers most political-science data sets use).
/// </summary>
public class Nation : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Largest Correlates of War or Gleditsch–Ward state number: both schemes use at most three digits.</summary>
    internal const int StateNumberMax = 999;

    /// <summary>Length of a Correlates of War or Gleditsch–Ward state abbreviation.</summary>
    internal const int StateAbbreviationLength = 3;

    /// <summary>For EF Core.</summary>
    protected Nation()
    {
    }

    /// <summary>Creates a nation.</summary>
    /// <param name="alpha2Code">ISO 3166-1 alpha-2 code, two upper-case letters (IN).</param>
    /// <param name="alpha3Code">ISO 3166-1 alpha-3 code of the same entry, three upper-case letters (IND).</param>
    /// <param name="numericCode">ISO 3166-1 numeric code of the same entry, three digits with leading zeros kept (356).</param>
    /// <param name="name">The short name (India).</param>
    /// <param name="citation">The passage that supports the nation's place in the data.</param>
    /// <param name="correlatesOfWarCode">The Correlates of War state number (750), if a source gives one.</param>
    /// <param name="correlatesOfWarAbbreviation">The Correlates of War state abbreviation (IND); given together with the number.</param>
    /// <param name="gleditschWardCode">The Gleditsch–Ward state number (750), if a source gives one.</param>
    /// <param name="gleditschWardAbbreviation">The Gleditsch–Ward state abbreviation (IND); given together with the number.</param>
    /// <exception cref="DomainRuleException">
    /// A value breaks a rule; among them, the ISO codes must be one assigned entry of the ISO 3166-1
    /// list DefenceTies ships (a well-formed but unassigned code such as <c>OB</c> is refused).
    /// </exception>
    public Nation(
        string alpha2Code,
        string alpha3Code,
        string numericCode,
        string name,
        Citation citation,
        int? correlatesOfWarCode = null,
        string? correlatesOfWarAbbreviation = null,
        int? gleditschWardCode = null,
        string? gleditschWardAbbreviation = null)
        : base(citation, nameof(Nation))
    {
        Validate(alpha2Code, alpha3Code, numericCode, name, correlatesOfWarCode, correlatesOfWarAbbreviation, gleditschWardCode, gleditschWardAbbreviation);
        Alpha2Code = alpha2Code;
        Alpha3Code = alpha3Code;
        NumericCode = numericCode;
        Name = name;
        CorrelatesOfWarCode = correlatesOfWarCode;
        CorrelatesOfWarAbbreviation = correlatesOfWarAbbreviation;
        GleditschWardCode = gleditschWardCode;
        GleditschWardAbbreviation = gleditschWardAbbreviation;
    }

    /// <summary>ISO 3166-1 alpha-2 code (IN).</summary>
    public string Alpha2Code { get; private set; } = null!;

    /// <summary>ISO 3166-1 alpha-3 code (IND).</summary>
    public string Alpha3Code { get; private set; } = null!;

    /// <summary>ISO 3166-1 numeric code as three characters (356; 004 for Afghanistan).</summary>
    public string NumericCode { get; private set; } = null!;

    /// <summary>The short name (India).</summary>
    public string Name { get; private set; } = null!;

    /// <summary>The Correlates of War state number (India 750, Thailand 800), or <see langword="null"/> when no source gives one.</summary>
    public int? CorrelatesOfWarCode { get; private set; }

    /// <summary>The Correlates of War state abbreviation (India IND, Thailand THI; not always the ISO alpha-3 code), or <see langword="null"/>.</summary>
    public string? CorrelatesOfWarAbbreviation { get; private set; }

    /// <summary>The Gleditsch–Ward state number, or <see langword="null"/> when no source gives one.</summary>
    public int? GleditschWardCode { get; private set; }

    /// <summary>The Gleditsch–Ward state abbreviation, or <see langword="null"/>.</summary>
    public string? GleditschWardAbbreviation { get; private set; }

    /// <summary>The rules of a nation's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(
        string? alpha2Code,
        string? alpha3Code,
        string? numericCode,
        string? name,
        int? correlatesOfWarCode,
        string? correlatesOfWarAbbreviation,
        int? gleditschWardCode,
        string? gleditschWardAbbreviation)
    {
        LetterCode(alpha2Code, nameof(Alpha2Code), 2, "two upper-case letters A-Z");
        LetterCode(alpha3Code, nameof(Alpha3Code), 3, "three upper-case letters A-Z");
        DigitCode(numericCode, nameof(NumericCode), 3, "three digits 0-9, leading zeros kept");
        OneAssignedEntry(alpha2Code!, alpha3Code!, numericCode!);
        Guard.Text(name, nameof(Nation), nameof(Name), NameMaxLength);
        StateCode(correlatesOfWarCode, correlatesOfWarAbbreviation, nameof(CorrelatesOfWarCode), nameof(CorrelatesOfWarAbbreviation), "Correlates of War");
        StateCode(gleditschWardCode, gleditschWardAbbreviation, nameof(GleditschWardCode), nameof(GleditschWardAbbreviation), "Gleditsch–Ward");
    }

    // Stored codes are in the normal form NationCodes gives (upper case): lookups then compare
    // them with a normalised code as they are, with no case folding in SQL.
    private static void LetterCode(string? value, string field, int length, string rule)
    {
        if (!NationCodes.TryNormalise(value, out var normalised) || normalised != value || value.Length != length)
        {
            throw BadCode(field, value, rule);
        }
    }

    private static void DigitCode(string? value, string field, int length, string rule)
    {
        if (value is null || value.Length != length || !value.All(char.IsAsciiDigit))
        {
            throw BadCode(field, value, rule);
        }
    }

    private static DomainRuleException BadCode(string field, string? value, string rule) =>
        new(nameof(Nation), field, value, $"an ISO 3166-1 code must be {rule}.");

    // A well-formed code can still be unassigned (OB, OBX, 995), or belong to another entry than
    // its siblings (IN with THA): either would store a nation that does not exist.
    private static void OneAssignedEntry(string alpha2Code, string alpha3Code, string numericCode)
    {
        var entry = NationReference.FindAlpha2(alpha2Code) ?? throw Unassigned(nameof(Alpha2Code), alpha2Code, "alpha-2");
        SameEntry(NationReference.FindAlpha3(alpha3Code) ?? throw Unassigned(nameof(Alpha3Code), alpha3Code, "alpha-3"), entry, nameof(Alpha3Code), alpha3Code);
        SameEntry(NationReference.FindNumeric(numericCode) ?? throw Unassigned(nameof(NumericCode), numericCode, "numeric"), entry, nameof(NumericCode), numericCode);
    }

    private static DomainRuleException Unassigned(string field, string value, string kind) =>
        new(nameof(Nation), field, value, $"it is not an assigned ISO 3166-1 code: no entry of the ISO 3166-1 list DefenceTies ships ({NationReference.IsoSource}) has this {kind} code.");

    private static void SameEntry(NationReferenceEntry found, NationReferenceEntry entry, string field, string value)
    {
        if (!ReferenceEquals(found, entry))
        {
            throw new DomainRuleException(
                nameof(Nation),
                field,
                value,
                $"it is the code of {found.Name} ({Codes(found)}), not of {entry.Name} ({Codes(entry)}), whose alpha-2 code was given; a nation's alpha-2, alpha-3 and numeric codes must be one ISO 3166-1 entry.");
        }
    }

    private static string Codes(NationReferenceEntry entry) => $"{entry.Alpha2Code}/{entry.Alpha3Code}/{entry.NumericCode}";

    private static void StateCode(int? code, string? abbreviation, string codeField, string abbreviationField, string scheme)
    {
        if (code is { } number && (number < 1 || number > StateNumberMax))
        {
            throw new DomainRuleException(nameof(Nation), codeField, number, $"a {scheme} state number is a whole number from 1 to {StateNumberMax}.");
        }

        if (abbreviation is not null && (abbreviation.Length != StateAbbreviationLength || !abbreviation.All(char.IsAsciiLetterUpper)))
        {
            throw new DomainRuleException(nameof(Nation), abbreviationField, abbreviation, $"a {scheme} state abbreviation is {StateAbbreviationLength} upper-case letters A-Z.");
        }

        if (code is null && abbreviation is not null)
        {
            throw new DomainRuleException(nameof(Nation), codeField, null, $"the {scheme} state number is required when its abbreviation ({abbreviation}) is given: the two come together or not at all.");
        }

        if (code is not null && abbreviation is null)
        {
            throw new DomainRuleException(nameof(Nation), abbreviationField, null, $"the {scheme} state abbreviation is required when its number ({code}) is given: the two come together or not at all.");
        }
    }
}
