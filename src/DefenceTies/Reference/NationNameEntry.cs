namespace DefenceTies.Reference;

/// <summary>
/// One row of the table of nation names (<c>Reference/nation-names.csv</c>): the English common name
/// and demonyms that the world-countries data set gives an ISO 3166-1 entry, as it gives them.
/// </summary>
/// <param name="Alpha2Code">The ISO 3166-1 alpha-2 code of the entry of <c>nation-codes.csv</c> the row names (VN).</param>
/// <param name="CommonName">The common English name (Vietnam; South Korea), which often differs from the ISO name.</param>
/// <param name="DemonymMale">
/// The masculine English demonym as the data set writes it (Vietnamese), or <see langword="null"/>
/// where it gives none (Bouvet Island). A few cells list alternatives ("Antiguan, Barbudan",
/// "Kittitian or Nevisian"); <see cref="NationNameForms"/> reads each alternative on its own.
/// </param>
/// <param name="DemonymFemale">The feminine English demonym, as <paramref name="DemonymMale"/>; the same word for every entry of version 5.1.0.</param>
internal sealed record NationNameEntry(
    string Alpha2Code,
    string CommonName,
    string? DemonymMale,
    string? DemonymFemale);
