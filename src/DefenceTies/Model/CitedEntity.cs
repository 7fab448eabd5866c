namespace DefenceTies.Model;

/// <summary>
/// Base of every fact and relationship: each one carries the <see cref="Model.Citation"/> (a
/// verbatim passage of a source document) that supports it.
/// </summary>
public abstract class CitedEntity : Entity
{
    /// <summary>For EF Core.</summary>
    protected CitedEntity()
    {
    }

    /// <summary>Creates a fact supported by the given citation.</summary>
    protected CitedEntity(Citation citation, string entity)
    {
        Citation = Guard.NotNull(citation, entity, nameof(Citation));
    }

    /// <summary>The key of <see cref="Citation"/>.</summary>
    public int CitationId { get; private set; }

    /// <summary>The verbatim passage that supports this fact.</summary>
    public Citation Citation { get; private set; } = null!;
}
