using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DefenceTies.Persistence.Conversion;

/// <summary>
/// Stores a <see cref="PartialDate"/> as its canonical ISO 8601 text (2012, 2012-05, 2012-05-17),
/// whose ordinal order is chronological, so SQL sorts and compares the column correctly.
/// </summary>
internal sealed class PartialDateConverter : ValueConverter<PartialDate, string>
{
    /// <summary>Creates the converter.</summary>
    public PartialDateConverter()
        : base(date => date.ToString(), text => PartialDate.Parse(text))
    {
    }
}
