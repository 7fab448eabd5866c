namespace DefenceTies.Model;

/// <summary>
/// Links a <see cref="Model.Citation"/> to the <see cref="Model.Statement"/> whose claim the fact is.
/// A table of its own rather than a column of <c>citations</c>: a statement is itself a fact with a
/// citation, and a foreign key each way between the two tables is a cycle that SQLite migrations
/// cannot drop.
/// </summary>
internal sealed class CitationClaim
{
    private CitationClaim()
    {
    }

    public CitationClaim(Citation citation, Statement statement)
    {
        Citation = citation;
        Statement = statement;
    }

    /// <summary>The key of <see cref="Citation"/>, and of this row.</summary>
    public int CitationId { get; private set; }

    /// <summary>The citation attributed.</summary>
    public Citation Citation { get; private set; } = null!;

    /// <summary>The key of <see cref="Statement"/>.</summary>
    public int StatementId { get; private set; }

    /// <summary>The statement the fact belongs to.</summary>
    public Statement Statement { get; private set; } = null!;
}
