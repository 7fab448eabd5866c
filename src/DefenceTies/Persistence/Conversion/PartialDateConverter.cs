using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DefenceTies.Persistence.Conversion;

/// <summary>
/// Stores a <see cref="PartialDate"/> as its canonical ISO 8601 text (2012, 2012-05, 2012-05-17),
/// whose ordinal order is chronological, so SQL sorts and compares the column correctly.
/// </summary>
/// <remarks>
/// <c>default(PartialDate)</c> is not a date and has no stored form: converting it, for instance as
/// the value of a query parameter, throws <see cref="ArgumentException"/> rather than matching nothing.
/// </remarks>
internal sealed class PartialDateConverter : ValueConverter<PartialDate, string>
{
    /// <summary>Creates the converter.</summary>
    public PartialDateConverter()
        : base(date => ToText(date), text => PartialDate.Parse(text))
    {
    }

    private static string ToText(PartialDate date) =>
        date == default
            // No parameter name: the converter's own would name a parameter no caller passed.
            ? throw new ArgumentException(PartialDate.DefaultIsNotADate + ": it cannot be stored or compared with stored dates.")
            : date.ToString();
}
