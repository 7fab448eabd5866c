using DefenceTies.Model;
using DefenceTies.Reference;

namespace DefenceTies.Seeding;

/// <summary>
/// The reference nations: all 249 entries of the ISO 3166-1 list DefenceTies ships
/// (<c>Reference/nation-codes.csv</c>), with their Correlates of War and Gleditsch–Ward codes where
/// the list gives them. The list is stored, exactly, as a source document of its own, and each
/// nation cites its own line of it — never a passage of a news report. It is the first built-in
/// seed: the reports after it find their nations stored (<see cref="SeedContext.Nation"/>).
/// </summary>
public sealed class ReferenceNationsSeed : IDefenceTiesSeed
{
    /// <summary>The <see cref="SourceDocument.Key"/> of the stored list.</summary>
    public const string ReferenceDocumentKey = "reference/iso-3166-1-cow-gw";

    /// <inheritdoc />
    public string Key => "reference/nations/iso-3166-1-cow-gw";

    /// <inheritdoc />
    public string DocumentKey => ReferenceDocumentKey;

    /// <inheritdoc />
    /// <remarks>
    /// The list states no title, so none is stored. Its date is the release of iso-codes 4.15.0
    /// (2023-04-27, as that project's changelog states), the version of the ISO 3166-1 list it
    /// holds; no source dates the combined file or the countrycode commit its COW and GW columns
    /// come from (see <c>Reference/README.md</c>).
    /// </remarks>
    public SourceDocument CreateSourceDocument() =>
        new(ReferenceDocumentKey, title: null, PartialDate.FromYearMonthDay(2023, 4, 27), NationReference.Text, SourceOrigin.ReferenceData);

    /// <inheritdoc />
    public void Plant(SeedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in NationReference.Entries)
        {
            context.Add(NationOf(entry, context.Document));
        }
    }

    /// <summary>
    /// The nation of one entry of the list, citing its line of <paramref name="referenceDocument"/> at
    /// the line's own position (a line is the whole statement of its entry's codes). The seed stores
    /// these; a fact pack checked without a database builds the ones it names the same way.
    /// </summary>
    internal static Nation NationOf(NationReferenceEntry entry, SourceDocument referenceDocument) =>
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
