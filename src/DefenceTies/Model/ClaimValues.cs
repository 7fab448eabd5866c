namespace DefenceTies.Model;

/// <summary>
/// A claimable value as text and back (a date as <c>2024-12-13</c>, a kind by its name, a text as
/// stated), and when two values are the same claim: texts equal after the stated-value
/// normalisation (case, white space); shares equal to the basis point, amounts to the hundredth and
/// numbers exactly; dates equal at the same precision, or a coarser date that
/// contains the other (2024 agrees with 2024-12-12); kinds equal.
/// </summary>
internal static class ClaimValues
{
    /// <summary>Whether a property of this type can be claimed: a text, a date, a share, an amount, a whole or decimal number (a coordinate) or a kind (nullable or not).</summary>
    public static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t == typeof(PartialDate) || t == typeof(Share) || t == typeof(MoneyAmount) || t == typeof(int) || t == typeof(decimal) || t.IsEnum;
    }

    /// <summary>The value as a claim stores it; <see langword="null"/> for no value.</summary>
    public static string? Write(object? value) => value switch
    {
        null => null,
        string text => text,
        PartialDate date => date.ToString(),
        Share share => share.ToString(),
        MoneyAmount amount => amount.ToString(),
        int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        decimal number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Enum kind => kind.ToString(),
        _ => throw new InvalidOperationException($"A {value.GetType().Name} is not a claimable value."),
    };

    /// <summary>The value <paramref name="fact"/> holds for <paramref name="property"/>, as a claim stores it: the preferred value the claims stand beside.</summary>
    public static string? HeldBy(CitedEntity fact, string property) => Write(fact.GetType().GetProperty(property)!.GetValue(fact));

    /// <summary>The stored text of a claim as a value of <paramref name="type"/>.</summary>
    /// <exception cref="DomainRuleException">The text is not a value of that type.</exception>
    public static object Read(string text, Type type, string entity, string property)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return text;
        }

        if (t == typeof(PartialDate))
        {
            return PartialDate.TryParse(text, out var date) ? date : throw new DomainRuleException(entity, property, text, "the claimed value is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
        }

        if (t == typeof(Share))
        {
            return Share.TryParse(text, out var share) ? share : throw new DomainRuleException(entity, property, text, "the claimed value is not a share (a percentage such as 50.5).");
        }

        if (t == typeof(MoneyAmount))
        {
            return MoneyAmount.TryParse(text, out var amount) ? amount : throw new DomainRuleException(entity, property, text, "the claimed value is not an amount (a plain decimal number such as 1200000000).");
        }

        if (t == typeof(decimal))
        {
            return decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? number : throw new DomainRuleException(entity, property, text, "the claimed value is not a decimal number.");
        }

        if (t == typeof(int))
        {
            return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : throw new DomainRuleException(entity, property, text, "the claimed value is not a whole number.");
        }

        return Enum.TryParse(t, text, ignoreCase: false, out var kind) && Enum.IsDefined(t, kind!)
            ? kind!
            : throw new DomainRuleException(entity, property, text, $"the claimed value is not one of {string.Join(", ", Enum.GetNames(t))}.");
    }

    /// <summary>Whether a new value restates the stored one (a corroboration) rather than claiming another.</summary>
    public static bool Agrees(object? stored, object? claimed) => (stored, claimed) switch
    {
        (_, null) => true,
        (null, _) => false,
        (string a, string b) => Normalise(a) == Normalise(b),
        (PartialDate a, PartialDate b) => a == b || (b.Precision < a.Precision && b.EarliestDay <= a.EarliestDay && a.LatestDay <= b.LatestDay),
        _ => Equals(stored, claimed),
    };

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
