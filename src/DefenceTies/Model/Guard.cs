using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>Checks used by entity constructors, so that no invalid object can exist.</summary>
internal static class Guard
{
    public static string Text(string? value, string entity, string field, int maxLength)
    {
        NotBlank(value, entity, field);
        if (value.Length > maxLength)
        {
            throw new DomainRuleException(entity, field, value, $"at most {maxLength} characters are allowed (got {value.Length}).");
        }

        if (value.Trim().Length != value.Length)
        {
            throw new DomainRuleException(entity, field, value, "leading or trailing white space is not allowed.");
        }

        return value;
    }

    public static string NotBlank([NotNull] string? value, string entity, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainRuleException(entity, field, value, "a value is required and may not be blank.")
            : value;

    public static string? OptionalText(string? value, string entity, string field, int maxLength) =>
        value is null ? null : Text(value, entity, field, maxLength);

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
