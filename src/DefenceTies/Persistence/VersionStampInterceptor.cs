using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.Persistence;

/// <summary>
/// Increments <see cref="IVersioned.Version"/> of every modified entity as it is saved. The original
/// version goes into the UPDATE's WHERE clause (it is a concurrency token), so two writers editing
/// the same row cannot both win.
/// </summary>
internal sealed class VersionStampInterceptor : SaveChangesInterceptor
{
    public static VersionStampInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(v => v.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }
}
