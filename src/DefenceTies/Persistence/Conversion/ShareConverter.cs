using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DefenceTies.Persistence.Conversion;

/// <summary>
/// Stores a <see cref="Share"/> as its whole basis points (an integer, 0 to 10 000), so SQL
/// compares, adds and sorts shares exactly on every provider; never as floating point.
/// </summary>
/// <remarks>
/// Public because the compiled models generated into DefenceTies.Sqlite and DefenceTies.PostgreSql
/// create it; applications have no need to: every <see cref="Share"/> property of the model already uses it.
/// </remarks>
public sealed class ShareConverter : ValueConverter<Share, int>
{
    /// <summary>Creates the converter.</summary>
    public ShareConverter()
        : base(share => share.BasisPoints, basisPoints => Share.FromBasisPoints(basisPoints))
    {
    }
}
