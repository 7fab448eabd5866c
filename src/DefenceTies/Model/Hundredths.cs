using System.Globalization;

namespace DefenceTies.Model;

/// <summary>
/// An exact decimal with at most two places as a whole number of hundredths, read from and written
/// as canonical text: the one rule of <see cref="Share"/> (hundredths of a percent, basis points)
/// and <see cref="MoneyAmount"/> (hundredths of a currency unit), so neither is ever a float.
/// </summary>
internal static class Hundredths
{
    /// <summary>
    /// Reads digits, optionally a point and one or two more digits ("50.5", "1200000000", "0.75"):
    /// no sign, grouping, exponent or white space; at most <paramref name="maxWholeDigits"/> digits
    /// before the point.
    /// </summary>
    public static bool TryParse(string? text, int maxWholeDigits, out long hundredths)
    {
        hundredths = 0;
        if (string.IsNullOrEmpty(text) || text.Length > maxWholeDigits + 3)
        {
            return false;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        if (whole.Length == 0 || whole.Length > maxWholeDigits || !whole.All(char.IsAsciiDigit) || (point >= 0 && fraction.Length is 0 or > 2) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        hundredths = (long.Parse(whole, CultureInfo.InvariantCulture) * 100) + (fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(2, '0'), CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The canonical text: no leading zeros, no grouping, a point only before significant decimals ("50.5", "26", "0.25").</summary>
    public static string Format(long hundredths)
    {
        var whole = (hundredths / 100).ToString(CultureInfo.InvariantCulture);
        var fraction = hundredths % 100;
        return fraction == 0 ? whole
            : fraction % 10 == 0 ? $"{whole}.{(fraction / 10).ToString(CultureInfo.InvariantCulture)}"
            : $"{whole}.{fraction.ToString("00", CultureInfo.InvariantCulture)}";
    }
}
