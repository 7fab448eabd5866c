using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DefenceTies.Persistence;

/// <summary>
/// Writes the <c>name_key</c> column (<see cref="NameKey"/>) of every added or modified person,
/// post, organisation, agreement and alias as it is saved, from the text it keys: the one place the
/// key is written for the model's writes (the bulk path derives it from its rows with the same
/// <see cref="Source"/>). A shadow property, not a property of the model: it is no value a source
/// states, and so neither takes a citation nor appears in a pack.
/// </summary>
internal sealed class NameKeys : SaveChangesInterceptor
{
    /// <summary>The shadow property's name.</summary>
    public const string Property = NameKey.Property;

    public static NameKeys Instance { get; } = new();

    /// <summary>The text a keyed entity's <c>name_key</c> is the key of, by entity type; <see langword="null"/> for an entity without one.</summary>
    public static Func<object, string?>? Source(Type type) => type switch
    {
        _ when type == typeof(Person) => e => ((Person)e).Name,
        _ when type == typeof(Post) => e => ((Post)e).Title,
        _ when type == typeof(Organisation) => e => ((Organisation)e).Name,
        _ when type == typeof(Agreement) => e => ((Agreement)e).Title,
        _ when type == typeof(OtherName) => e => ((OtherName)e).Name,
        _ => null,
    };

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

    /// <summary>Sets the key of each added or modified keyed entity of the context.</summary>
    public static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            if (Source(entry.Metadata.ClrType) is { } source)
            {
                Set(entry, NameKey.OfOptional(source(entry.Entity)));
            }
        }
    }

    private static void Set(EntityEntry entry, string? key)
    {
        var property = entry.Property(Property);
        if (!Equals(property.CurrentValue, key))
        {
            property.CurrentValue = key;
        }
    }
}
