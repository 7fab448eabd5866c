namespace DefenceTies.Reference;

/// <summary>
/// How a text names a nation, in the order <see cref="NationNames"/> prefers when one phrase names the
/// same nation more than one way ("India" is the ISO name and the common name: it is reported as the
/// ISO name). The order follows the sources' authority: the ISO list first, then the world-countries data set.
/// </summary>
internal enum NationNaming
{
    /// <summary>The ISO 3166-1 short name ("Viet Nam"), also in reading order ("Republic of Korea" for "Korea, Republic of") or without its bracketed qualifier ("Holy See").</summary>
    IsoName,

    /// <summary>The ISO 3166-1 official name ("Socialist Republic of Viet Nam").</summary>
    IsoOfficialName,

    /// <summary>The common English name of the world-countries data set ("Vietnam", "South Korea").</summary>
    CommonName,

    /// <summary>An English demonym of the world-countries data set ("Vietnamese"), also with a plural s ("Thais").</summary>
    Demonym,

    /// <summary>The ISO 3166-1 alpha-3 code, written in capitals ("VNM").</summary>
    Alpha3Code,

    /// <summary>The ISO 3166-1 alpha-2 code, written in capitals ("VN").</summary>
    Alpha2Code,
}
