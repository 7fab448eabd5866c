using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DefenceTies.Persistence.Conversion;

/// <summary>
/// Stores a UTC instant (a <see cref="DateTime"/> of kind <see cref="DateTimeKind.Utc"/>, to the
/// second) as fixed-width ISO 8601 text, <c>2025-03-14T03:30:00Z</c>: its ordinal order is
/// chronological on every engine, so SQL compares and sorts the column correctly where SQLite's
/// own text for a <see cref="DateTimeOffset"/> would not (it orders by local time, across offsets).
/// </summary>
/// <remarks>
/// Public because the compiled models generated into DefenceTies.Sqlite and DefenceTies.PostgreSql
/// create it; applications have no need to: <see cref="Model.SourceDocument.PublishedAtUtc"/> already uses it.
/// A value to compare with is converted the same way, so a local or unspecified time is taken as UTC.
/// </remarks>
public sealed class UtcInstantConverter : ValueConverter<DateTime, string>
{
    /// <summary>The stored form's format.</summary>
    internal const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The stored form's length.</summary>
    internal const int Length = 20;

    /// <summary>Creates the converter.</summary>
    public UtcInstantConverter()
        : base(at => ToText(at), text => FromText(text))
    {
    }

    private static string ToText(DateTime at) =>
        (at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at).ToString(Format, CultureInfo.InvariantCulture);

    private static DateTime FromText(string text) =>
        DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
