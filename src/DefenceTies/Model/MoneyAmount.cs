using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>
/// An amount of money as a source states it, exactly: a decimal number of the currency's main unit
/// with at most two decimals ("1200000000" for "€1.2 billion", "350.5" for "$350.50"), held as whole
/// hundredths and never as floating point, so amounts compare, add up and sort exactly in memory and
/// in SQL on every provider. The scale is fixed at two decimals for every currency: ISO 4217 gives
/// each currency its own minor unit, but reports state deal values in millions and billions, and one
/// scale keeps a column comparable; an amount with three decimals is refused, not rounded. Its text
/// (<see cref="ToString"/>) is canonical: digits with no leading zeros, no grouping, and a point only
/// before significant decimals. The default is zero.
/// </summary>
public readonly record struct MoneyAmount : IComparable<MoneyAmount>
{
    /// <summary>The largest amount in hundredths: 15 digits before the point (a thousand trillion), which any stated deal fits.</summary>
    public const long MaxHundredths = 99_999_999_999_999_999;

    private MoneyAmount(long hundredths) => Hundredths = hundredths;

    /// <summary>The amount in hundredths of the currency's main unit: 0 to <see cref="MaxHundredths"/>.</summary>
    public long Hundredths { get; }

    /// <summary>The amount as an exact decimal (1200000000, 350.5).</summary>
    public decimal Value => Hundredths / 100m;

    /// <summary>An amount of <paramref name="hundredths"/> hundredths.</summary>
    /// <exception cref="DomainRuleException">The value is negative or above <see cref="MaxHundredths"/>.</exception>
    public static MoneyAmount FromHundredths(long hundredths) =>
        hundredths is >= 0 and <= MaxHundredths ? new MoneyAmount(hundredths)
        : throw new DomainRuleException(nameof(MoneyAmount), nameof(Hundredths), hundredths, $"an amount is 0 to {MaxHundredths} hundredths of a currency unit.");

    /// <summary>
    /// Reads an amount written as a plain decimal number: digits, optionally a point and one or two
    /// more digits ("1200000000", "350.5", "0.75"); no sign, grouping, exponent or scale word.
    /// </summary>
    /// <param name="text">The amount.</param>
    /// <param name="amount">The amount read, or <c>default</c>.</param>
    /// <returns>Whether <paramref name="text"/> is such an amount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MoneyAmount amount)
    {
        amount = default;
        if (!Model.Hundredths.TryParse(text, 15, out var hundredths))
        {
            return false;
        }

        amount = new MoneyAmount(hundredths);
        return true;
    }

    /// <summary>Reads an amount as <see cref="TryParse"/> does.</summary>
    /// <exception cref="DomainRuleException">The text is not such an amount.</exception>
    public static MoneyAmount Parse(string text) =>
        TryParse(text, out var amount) ? amount
        : throw new DomainRuleException(nameof(MoneyAmount), nameof(Value), text, "an amount is a plain decimal number with at most two decimals, written with a point and without grouping or a scale word (\"1200000000\" for \"1.2 billion\").");

    /// <summary>The amount of a decimal value.</summary>
    /// <exception cref="DomainRuleException">The value is negative, too large, or has more than two decimals.</exception>
    public static MoneyAmount FromDecimal(decimal value)
    {
        var hundredths = value * 100m;
        return hundredths == decimal.Truncate(hundredths) && hundredths is >= 0 and <= MaxHundredths
            ? new MoneyAmount((long)hundredths)
            : throw new DomainRuleException(nameof(MoneyAmount), nameof(Value), value, $"an amount is 0 to {MaxHundredths / 100} with at most two decimals.");
    }

    /// <summary>The canonical text ("1200000000", "350.5", "0.75").</summary>
    public override string ToString() => Model.Hundredths.Format(Hundredths);

    /// <inheritdoc />
    public int CompareTo(MoneyAmount other) => Hundredths.CompareTo(other.Hundredths);

    /// <summary>Whether <paramref name="left"/> is the smaller amount.</summary>
    public static bool operator <(MoneyAmount left, MoneyAmount right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is the larger amount.</summary>
    public static bool operator >(MoneyAmount left, MoneyAmount right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is not larger.</summary>
    public static bool operator <=(MoneyAmount left, MoneyAmount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is not smaller.</summary>
    public static bool operator >=(MoneyAmount left, MoneyAmount right) => left.CompareTo(right) >= 0;
}
