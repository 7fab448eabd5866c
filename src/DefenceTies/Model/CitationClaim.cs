namespace DefenceTies.Model;

/// <summary>
/// Links a <see cref="Model.Citation"/> to the <see cref="Model.Statement"/> whose claim the fact is.
/// A table of its own rather than a column of <c>citations</c>: a statement is itself a fact with a
/// citation, and a foreign key each way between the two tables is a cycle that SQLite migrations
/// cannot drop. Public only as a type, because the compiled models the provider packages ship
/// name it; everything in it is internal (read a claim through <see cref="Model.Citation.Statement"/>).
/// </summary>
public sealed class CitationClaim
{
    private CitationClaim()
    {
    }

    internal CitationClaim(Citation citation, Statement statement)
    {
        Citation = citation;
        Statement = statement;
    }

    /// <summary>The key of <see cref="Citation"/>, and of this row.</summary>
    internal int CitationId { get; private set; }

    /// <summary>The citation attributed.</summary>
    internal Citation Citation { get; private set; } = null!;

    /// <summary>The key of <see cref="Statement"/>.</summary>
    internal int StatementId { get; private set; }

    /// <summary>The statement the fact belongs to.</summary>
    internal Statement Statement { get; private set; } = null!;
}
