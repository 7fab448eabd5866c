namespace DefenceTies.Model;

/// <summary>A nation taking part in an <see cref="Model.Initiative"/>; made with <see cref="Initiative.AddParticipant"/>.</summary>
public class InitiativeParticipant : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected InitiativeParticipant()
    {
    }

    internal InitiativeParticipant(Initiative initiative, Nation nation, Citation citation)
        : base(citation, nameof(InitiativeParticipant))
    {
        Initiative = initiative;
        Nation = nation;
    }

    /// <summary>The key of <see cref="Initiative"/>.</summary>
    public int InitiativeId { get; private set; }

    /// <summary>The initiative.</summary>
    public Initiative Initiative { get; private set; } = null!;

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The nation taking part.</summary>
    public Nation Nation { get; private set; } = null!;
}
