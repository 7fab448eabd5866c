using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Queries;

/// <summary>A second document that corroborates the seeded 2012 memorandum of understanding, so a fact has more than one source.</summary>
public static class SecondSource
{
    public const string Key = "test/second-report";

    public const string Passage = "India and Thailand signed a defence MoU in 2012.";

    /// <summary>Stores the document (its text is <paramref name="before"/> then <see cref="Passage"/>) with its corroborating citation.</summary>
    public static async Task CorroborateTheMouAsync(TestDatabase database, string? title = null, string before = "")
    {
        await using var db = database.CreateContext();
        var mou = await db.Agreements.Include(a => a.Citation).SingleAsync(a => a.Kind == AgreementKind.MemorandumOfUnderstanding);
        var document = new SourceDocument(Key, title, PartialDate.FromYear(2025), before + Passage);
        db.Add(document.Cite(Passage).Corroborate(mou));
        await db.SaveChangesAsync();
    }
}
