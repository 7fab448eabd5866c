using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>Checks used by entity constructors, so that no invalid object can exist.</summary>
internal static class Guard
{
    /// <summary>
    /// A required text: not blank, at most <paramref name="maxLength"/> UTF-16 code units, and within
    /// <see cref="TextRule"/> (no NUL, unpaired surrogate or forbidden control character, not padded,
    /// something visible). The database's CHECK constraints apply the same rule to the column.
    /// </summary>
    public static string Text(string? value, string entity, string field, int maxLength, TextLines lines = TextLines.Single)
    {
        NotBlank(value, entity, field);
        if (value.Length > maxLength)
        {
            throw new DomainRuleException(entity, field, value, $"at most {maxLength} characters are allowed (got {value.Length}).");
        }

        if (TextRule.FindProblem(value, lines) is { } problem)
        {
            throw new DomainRuleException(entity, field, value, problem);
        }

        return value;
    }

    public static string NotBlank([NotNull] string? value, string entity, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainRuleException(entity, field, value, "a value is required and may not be blank.")
            : value;

    /// <summary>An optional text: <see langword="null"/>, or a text as <see cref="Text"/> requires.</summary>
    public static string? OptionalText(string? value, string entity, string field, int maxLength, TextLines lines = TextLines.Single) =>
        value is null ? null : Text(value, entity, field, maxLength, lines);

    /// <summary>An optional code: <see langword="null"/>, or a value of the shape <paramref name="pattern"/> gives.</summary>
    public static string? OptionalCode(string? value, CodePattern pattern, string entity, string field) =>
        value is null || pattern.Matches(value)
            ? value
            : throw new DomainRuleException(entity, field, value, $"expected {pattern.Describe()}.");

    public static T NotNull<T>(T? value, string entity, string field)
        where T : class =>
        value ?? throw new DomainRuleException(entity, field, null, "a value is required.");

    public static TEnum Defined<TEnum>(TEnum value, string entity, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new DomainRuleException(entity, field, value, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    /// <summary>A required date: refuses <c>default(PartialDate)</c>, which is not a date.</summary>
    public static PartialDate Date(PartialDate value, string entity, string field) =>
        value == default
            ? throw new DomainRuleException(entity, field, value, PartialDate.DefaultIsNotADate + ".")
            : value;

    /// <summary>An optional date: <see langword="null"/> for "not stated", never <c>default(PartialDate)</c>.</summary>
    public static PartialDate? OptionalDate(PartialDate? value, string entity, string field) =>
        value == default(PartialDate)
            ? throw new DomainRuleException(entity, field, value, PartialDate.DefaultIsNotADate + " (pass null when the source gives no date).")
            : value;

    /// <summary>The end is not before the start; check each with <see cref="Date"/> or <see cref="OptionalDate"/> first.</summary>
    public static void Ordered(PartialDate? start, PartialDate? end, string entity, string endField)
    {
        if (start is { } s && end is { } e && e.LatestDay < s.EarliestDay)
        {
            throw new DomainRuleException(entity, endField, e.ToString(), $"may not be before the start ({s}).");
        }
    }
}
