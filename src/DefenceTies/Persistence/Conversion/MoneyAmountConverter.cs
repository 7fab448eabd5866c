using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DefenceTies.Persistence.Conversion;

/// <summary>
/// Stores a <see cref="MoneyAmount"/> as its whole hundredths (a 64-bit integer), so SQL compares,
/// adds and sorts amounts exactly on every provider; never as floating point, and never as text
/// (which would sort "90" after "1200").
/// </summary>
/// <remarks>
/// Public because the compiled models generated into DefenceTies.Sqlite and DefenceTies.PostgreSql
/// create it; applications have no need to: every <see cref="MoneyAmount"/> property of the model already uses it.
/// </remarks>
public sealed class MoneyAmountConverter : ValueConverter<MoneyAmount, long>
{
    /// <summary>Creates the converter.</summary>
    public MoneyAmountConverter()
        : base(amount => amount.Hundredths, hundredths => MoneyAmount.FromHundredths(hundredths))
    {
    }
}
