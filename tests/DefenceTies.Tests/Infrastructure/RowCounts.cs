using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Infrastructure;

/// <summary>Counts the rows of every table of the model: a fingerprint for "nothing changed".</summary>
public static class RowCounts
{
    public static async Task<IReadOnlyDictionary<string, int>> OfAsync(DefenceTiesDbContext db)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
            counts[entityType.GetTableName()!] = await query.CountAsync();
        }

        return counts;
    }
}
