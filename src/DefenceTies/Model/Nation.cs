namespace DefenceTies.Model;

/// <summary>A sovereign state, identified by its ISO 3166-1 codes.</summary>
public class Nation : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>For EF Core.</summary>
    protected Nation()
    {
    }

    /// <summary>Creates a nation.</summary>
    /// <param name="alpha2Code">ISO 3166-1 alpha-2 code, two upper-case letters (IN).</param>
    /// <param name="alpha3Code">ISO 3166-1 alpha-3 code, three upper-case letters (IND).</param>
    /// <param name="numericCode">ISO 3166-1 numeric code, three digits with leading zeros kept (356).</param>
    /// <param name="name">The short name (India).</param>
    /// <param name="citation">The passage that supports the nation's place in the data.</param>
    public Nation(string alpha2Code, string alpha3Code, string numericCode, string name, Citation citation)
        : base(citation, nameof(Nation))
    {
        Validate(alpha2Code, alpha3Code, numericCode, name);
        Alpha2Code = alpha2Code;
        Alpha3Code = alpha3Code;
        NumericCode = numericCode;
        Name = name;
    }

    /// <summary>ISO 3166-1 alpha-2 code (IN).</summary>
    public string Alpha2Code { get; private set; } = null!;

    /// <summary>ISO 3166-1 alpha-3 code (IND).</summary>
    public string Alpha3Code { get; private set; } = null!;

    /// <summary>ISO 3166-1 numeric code as three characters (356; 004 for Afghanistan).</summary>
    public string NumericCode { get; private set; } = null!;

    /// <summary>The short name (India).</summary>
    public string Name { get; private set; } = null!;

    /// <summary>The rules of a nation's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? alpha2Code, string? alpha3Code, string? numericCode, string? name)
    {
        IsoCode(alpha2Code, nameof(Alpha2Code), 2, char.IsAsciiLetterUpper, "two upper-case letters A-Z");
        IsoCode(alpha3Code, nameof(Alpha3Code), 3, char.IsAsciiLetterUpper, "three upper-case letters A-Z");
        IsoCode(numericCode, nameof(NumericCode), 3, char.IsAsciiDigit, "three digits 0-9, leading zeros kept");
        Guard.Text(name, nameof(Nation), nameof(Name), NameMaxLength);
    }

    private static void IsoCode(string? value, string field, int length, Func<char, bool> allowed, string rule)
    {
        if (value is null || value.Length != length || !value.All(allowed))
        {
            throw new DomainRuleException(nameof(Nation), field, value, $"an ISO 3166-1 code must be {rule}.");
        }
    }
}
