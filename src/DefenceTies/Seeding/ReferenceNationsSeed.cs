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
    public const string ReferenceDocumentKey = ReferenceNations.DocumentKey;

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
    public SourceDocument CreateSourceDocument() => ReferenceNations.CreateDocument();

    /// <inheritdoc />
    public void Plant(SeedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in NationReference.Entries)
        {
            context.Add(ReferenceNations.NationOf(entry, context.Document));
        }
    }
}
