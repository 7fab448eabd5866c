using DefenceTies.Model;

namespace DefenceTies.Exports;

/// <summary>
/// What an export keeps. The default (no nations, no dates) keeps everything. The rules are
/// documented in docs/exports.md: a tie is kept when it involves a listed nation and its dates
/// overlap the range; a tie with no date at all is left out once a range is given, since it cannot
/// be placed in it.
/// </summary>
public sealed class ExportFilter
{
    /// <summary>
    /// ISO 3166-1 alpha-2 or alpha-3 codes of the nations whose ties to export, in any case
    /// (<see cref="NationCodes"/>); empty for all nations. A malformed code, or one no stored nation
    /// has, is refused with an <see cref="ArgumentException"/>.
    /// </summary>
    public IReadOnlyCollection<string> Nations { get; init; } = [];

    /// <summary>The first day of the range: its earliest day (a year means 1 January); <see langword="null"/> for no lower bound.</summary>
    public PartialDate? From { get; init; }

    /// <summary>The last day of the range: its latest day (a year means 31 December); <see langword="null"/> for no upper bound.</summary>
    public PartialDate? To { get; init; }
}
