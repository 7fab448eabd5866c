using DefenceTies.Reference;

namespace DefenceTies.Model;

/// <summary>
/// The reference nations as facts: the ISO 3166-1 list DefenceTies ships stored as a source
/// document of its own, and each nation citing its own line of it. The reference nations seed
/// stores these; a fact pack checked without a database builds the ones it names the same way.
/// </summary>
internal static class ReferenceNations
{
    /// <summary>The <see cref="SourceDocument.Key"/> of the stored list.</summary>
    public const string DocumentKey = "reference/iso-3166-1-cow-gw";

    /// <summary>The list as a source document: untitled, dated by the version of the ISO 3166-1 list it holds (the reference nations seed says why).</summary>
    public static SourceDocument CreateDocument() =>
        new(DocumentKey, title: null, PartialDate.FromYearMonthDay(2023, 4, 27), NationReference.Text, SourceOrigin.ReferenceData);

    /// <summary>
    /// The nation of one entry of the list, citing its line of <paramref name="referenceDocument"/> at
    /// the line's own position (a line is the whole statement of its entry's codes).
    /// </summary>
    public static Nation NationOf(NationReferenceEntry entry, SourceDocument referenceDocument) =>
        new(
            entry.Alpha2Code,
            entry.Alpha3Code,
            entry.NumericCode,
            entry.Name,
            referenceDocument.CiteAt(entry.Line, entry.LineStart),
            entry.CorrelatesOfWarCode,
            entry.CorrelatesOfWarAbbreviation,
            entry.GleditschWardCode,
            entry.GleditschWardAbbreviation);
}
