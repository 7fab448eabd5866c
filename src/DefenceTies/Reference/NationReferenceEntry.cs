namespace DefenceTies.Reference;

/// <summary>
/// One entry of the reference list of nations (<c>Reference/nation-codes.csv</c>): an assigned
/// ISO 3166-1 entry with the Correlates of War and Gleditsch–Ward codes its sources give, and the
/// line of the file it was read from, which the seeded nation cites.
/// </summary>
/// <param name="Alpha2Code">ISO 3166-1 alpha-2 code (IN).</param>
/// <param name="Alpha3Code">ISO 3166-1 alpha-3 code (IND).</param>
/// <param name="NumericCode">ISO 3166-1 numeric code, leading zeros kept (356).</param>
/// <param name="Name">The short English name (India; Korea, Republic of).</param>
/// <param name="OfficialName">The official English name (Republic of India), or <see langword="null"/> where the list gives none; not part of a <see cref="Model.Nation"/>, but a name a text may use.</param>
/// <param name="CorrelatesOfWarCode">The COW state number, or <see langword="null"/> where the list gives none.</param>
/// <param name="CorrelatesOfWarAbbreviation">The COW state abbreviation, or <see langword="null"/>.</param>
/// <param name="GleditschWardCode">The Gleditsch–Ward state number, or <see langword="null"/>.</param>
/// <param name="GleditschWardAbbreviation">The Gleditsch–Ward state abbreviation, or <see langword="null"/>.</param>
/// <param name="Line">The entry's line of the file, verbatim, without its line break.</param>
/// <param name="LineStart">Where <paramref name="Line"/> starts in the file's text, in UTF-16 code units.</param>
internal sealed record NationReferenceEntry(
    string Alpha2Code,
    string Alpha3Code,
    string NumericCode,
    string Name,
    string? OfficialName,
    int? CorrelatesOfWarCode,
    string? CorrelatesOfWarAbbreviation,
    int? GleditschWardCode,
    string? GleditschWardAbbreviation,
    string Line,
    int LineStart);
