namespace DefenceTies.Querying;

/// <summary>What a source document did for a fact it cites (<see cref="DocumentContributionQueries"/>).</summary>
public enum DocumentContributionKind
{
    /// <summary>The document added the fact: the fact's primary citation is a passage of it.</summary>
    Added = 0,

    /// <summary>The document backs a fact another document added: a citation of it corroborates the fact, or cites the value the fact holds.</summary>
    Corroborated = 1,

    /// <summary>The document claims a value other than the one the fact holds: a competing claim.</summary>
    Contested = 2,
}
