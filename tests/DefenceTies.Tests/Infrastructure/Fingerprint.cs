using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>
/// What a database holds, reduced to comparable lines: every table's row count plus the editable
/// state (agreement status, dates and versions; working group status; post holding ends). Two equal
/// fingerprints mean no fact was added, removed or edited.
/// </summary>
public static class Fingerprint
{
    public static async Task<IReadOnlyList<string>> OfAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var lines = (await RowCounts.OfAsync(db)).Select(c => $"{c.Key}={c.Value}").ToList();
        lines.AddRange(await db.Agreements.OrderBy(a => a.Id)
            .Select(a => a.Id + " " + a.Status + " " + a.ConcludedOn + " " + a.EnteredIntoForceOn + " " + a.EndedOn + " v" + a.Version)
            .ToListAsync());
        lines.AddRange(await db.WorkingGroups.OrderBy(g => g.Id).Select(g => g.Id + " " + g.Status + " v" + g.Version).ToListAsync());
        lines.AddRange(await db.PostHoldings.OrderBy(h => h.Id).Select(h => h.Id + " " + h.EndedOn + " v" + h.Version).ToListAsync());
        lines.AddRange(await db.Nations.OrderBy(n => n.Id).Select(n => n.Alpha2Code + n.Alpha3Code + n.NumericCode + n.Name).ToListAsync());
        return lines;
    }
}
