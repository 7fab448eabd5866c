using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DefenceTies.Persistence.Conversion;

/// <summary>
/// Stores a <see cref="PartialDate"/> as its canonical ISO 8601 text (2012, 2012-05, 2012-05-17),
/// whose ordinal order is chronological, so SQL sorts and compares the column correctly.
/// </summary>
/// <remarks>
/// <para>
/// <c>default(PartialDate)</c> is not a date and has no stored form: converting it, for instance as
/// the value of a query parameter, throws <see cref="ArgumentException"/> rather than matching nothing.
/// </para>
/// <para>
/// Public because the compiled models generated into DefenceTies.Sqlite and DefenceTies.PostgreSql
/// create it; applications have no need to: every <see cref="PartialDate"/> property of the model
/// already uses it.
/// </para>
/// </remarks>
public sealed class PartialDateConverter : ValueConverter<PartialDate, string>
{
    // The text of default(PartialDate). A compiled model keeps each property's sentinel (the value
    // meaning "not set", default(PartialDate) here) in its stored form and converts it back when
    // the model loads; so while `dotnet ef dbcontext optimize` generates the model, and only then,
    // default converts to this text, and this text always converts back to default. The CHECK on
    // every date column refuses it, so it never comes back from a row.
    private const string DefaultText = "0000";

    /// <summary>Creates the converter.</summary>
    public PartialDateConverter()
        : base(date => ToText(date), text => FromText(text))
    {
    }

    private static string ToText(PartialDate date) =>
        date != default ? date.ToString()
        : EF.IsDesignTime ? DefaultText
        // No parameter name: the converter's own would name a parameter no caller passed.
        : throw new ArgumentException(PartialDate.DefaultIsNotADate + ": it cannot be stored or compared with stored dates.");

    private static PartialDate FromText(string text) => text == DefaultText ? default : PartialDate.Parse(text);
}
