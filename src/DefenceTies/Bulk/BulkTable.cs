namespace DefenceTies.Bulk;

/// <summary>The tables the bulk path writes, in the order it writes them (every table after the ones it refers to).</summary>
public enum BulkTable
{
    /// <summary><c>source_documents</c> (<see cref="SourceDocumentRow"/>).</summary>
    SourceDocuments,

    /// <summary><c>citations</c> (<see cref="CitationRow"/>).</summary>
    Citations,

    /// <summary><c>nations</c> (<see cref="NationRow"/>).</summary>
    Nations,

    /// <summary><c>people</c> (<see cref="PersonRow"/>).</summary>
    People,

    /// <summary><c>engagements</c> (<see cref="EngagementRow"/>).</summary>
    Engagements,

    /// <summary><c>delegations</c> (<see cref="DelegationRow"/>).</summary>
    Delegations,

    /// <summary><c>delegation_members</c> (<see cref="DelegationMemberRow"/>).</summary>
    DelegationMembers,

    /// <summary><c>agreements</c> (<see cref="AgreementRow"/>).</summary>
    Agreements,

    /// <summary><c>agreement_parties</c> (<see cref="AgreementPartyRow"/>).</summary>
    AgreementParties,

    /// <summary><c>military_exercises</c> (<see cref="MilitaryExerciseRow"/>).</summary>
    MilitaryExercises,

    /// <summary><c>exercise_participants</c> (<see cref="ExerciseParticipantRow"/>).</summary>
    ExerciseParticipants,
}
