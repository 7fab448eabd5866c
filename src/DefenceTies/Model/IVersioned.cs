namespace DefenceTies.Model;

/// <summary>
/// An entity that can be edited after it is stored, guarded by optimistic concurrency: every save
/// that modifies it increments <see cref="Version"/>, and a save based on an older version fails
/// with <c>DbUpdateConcurrencyException</c> instead of silently overwriting another writer's change.
/// </summary>
public interface IVersioned
{
    /// <summary>The number of saved edits; 0 when first stored. Maintained by the context, never by callers.</summary>
    int Version { get; }
}
