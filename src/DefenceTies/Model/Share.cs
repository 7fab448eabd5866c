using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>
/// A share of a body as the source states it, as a percentage with at most two decimals ("50.5",
/// "49.5", "26", "0.25"), held exactly as whole basis points (hundredths of a percent, 0 to 10 000)
/// and never as floating point: "a 50.5 : 49.5 joint venture" holds 5050 and 4950, which compare,
/// add up and sort exactly in memory and in SQL on every provider. Its text (<see cref="ToString"/>)
/// is canonical: no leading zeros, no trailing zeros after the point, no point for a whole number.
/// </summary>
public readonly record struct Share : IComparable<Share>
{
    /// <summary>The whole: 100 %, in basis points.</summary>
    public const int WholeBasisPoints = 10_000;

    private Share(int basisPoints) => BasisPoints = basisPoints;

    /// <summary>The share in basis points (hundredths of a percent): 0 to <see cref="WholeBasisPoints"/>.</summary>
    public int BasisPoints { get; }

    /// <summary>The share as an exact decimal percentage (50.5).</summary>
    public decimal Percent => BasisPoints / 100m;

    /// <summary>A share of <paramref name="basisPoints"/> hundredths of a percent.</summary>
    /// <exception cref="DomainRuleException">The value is outside 0 to 10 000.</exception>
    public static Share FromBasisPoints(int basisPoints) =>
        basisPoints is >= 0 and <= WholeBasisPoints ? new Share(basisPoints)
        : throw new DomainRuleException(nameof(Share), nameof(BasisPoints), basisPoints, "a share is 0 to 100 percent: 0 to 10000 basis points.");

    /// <summary>Reads a percentage as written: digits, optionally a point and one or two more digits ("50.5", "100", "0.25"), at most 100.</summary>
    /// <param name="text">The percentage, without the percent sign.</param>
    /// <param name="share">The share read, or <c>default</c>.</param>
    /// <returns>Whether <paramref name="text"/> is such a percentage.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Share share)
    {
        share = default;
        if (!Hundredths.TryParse(text, 3, out var basisPoints) || basisPoints > WholeBasisPoints)
        {
            return false;
        }

        share = new Share((int)basisPoints);
        return true;
    }

    /// <summary>Reads a percentage as <see cref="TryParse"/> does.</summary>
    /// <exception cref="DomainRuleException">The text is not a percentage from 0 to 100 with at most two decimals.</exception>
    public static Share Parse(string text) =>
        TryParse(text, out var share) ? share
        : throw new DomainRuleException(nameof(Share), nameof(Percent), text, "a share is a percentage from 0 to 100 with at most two decimals, written with a point (\"50.5\").");

    /// <summary>The canonical percentage ("50.5", "26", "0.25").</summary>
    public override string ToString() => Hundredths.Format(BasisPoints);

    /// <inheritdoc />
    public int CompareTo(Share other) => BasisPoints.CompareTo(other.BasisPoints);

    /// <summary>Whether <paramref name="left"/> is the smaller share.</summary>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is the larger share.</summary>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is not larger.</summary>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is not smaller.</summary>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;
}
