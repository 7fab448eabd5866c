namespace DefenceTies.Querying;

/// <summary>What kind of thing a citation backs (<see cref="EvidenceTarget.Kind"/>). New kinds may be added; treat an unknown one as <see cref="Fact"/>.</summary>
public enum EvidenceTargetKind
{
    /// <summary>The fact as a whole: its own citation (<see cref="Model.CitedEntity.Citation"/>) and those corroborating it.</summary>
    Fact,

    /// <summary>One part of the fact with a citation of its own, such as one party of an agreement.</summary>
    Part,

    /// <summary>
    /// One value of the fact with a citation of its own (<see cref="Model.ValueCitation"/>), such as
    /// an agreement's date read from "on Friday": that citation supports the value in place of the
    /// fact's. Named by <see cref="EvidenceTarget.Property"/>.
    /// </summary>
    Value,
}
