using DefenceTies.Model;
using DefenceTies.Seeding.Reports;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Exports;

/// <summary>
/// Cites two values of exported facts of the built-in report on their own, as a report in pack format
/// 2 may (the built-in report cites only relations' and an aim's values, which no export draws): the
/// 2012 memorandum's date, stated by "signed in 2012", and the post of Amitabh Prasad's holding,
/// implied. One fact drawn as an edge and an entity, one as an interval.
/// </summary>
internal static class PlantedValueCitations
{
    public const string DatePassage = "signed in 2012";

    public const string PostPassage = "Joint Secretary (International Cooperation)";

    public const string PostNote = "The report names the post by its title alone; that it is the post the Defence Ministry's delegation leader holds is a reading.";

    /// <summary>Plants both, returning the agreement's and the holding's keys.</summary>
    public static async Task<(int AgreementId, int HoldingId)> PlantAsync(DefenceTiesDbContext db)
    {
        var mou = await db.Agreements.Include(a => a.Citation).ThenInclude(c => c.SourceDocument).Include(a => a.ValueCitations)
            .SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding && a.Citation.SourceDocument.Key == IndiaThailandCoProductionReport.DocumentKey);
        mou.CiteValue(nameof(Agreement.ConcludedOn), mou.Citation.SourceDocument.Cite(DatePassage));
        var holding = await db.PostHoldings.Include(h => h.Citation).ThenInclude(c => c.SourceDocument).Include(h => h.ValueCitations)
            .Where(h => h.Person.Name == "Amitabh Prasad" && h.Citation.SourceDocument.Key == IndiaThailandCoProductionReport.DocumentKey)
            .OrderBy(h => h.Id).FirstAsync();
        holding.CiteValue(nameof(PostHolding.Post), holding.Citation.SourceDocument.Infer(PostPassage, PostNote));
        await db.SaveChangesAsync();
        return (mou.Id, holding.Id);
    }
}
