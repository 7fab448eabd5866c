namespace DefenceTies.Bulk;

/// <summary>
/// Rows to import together, in one transaction: either every row is stored or none is. Rows carry
/// their own ids (take them from a <see cref="BulkIdAllocator"/>) and refer to each other, and to
/// rows already stored, by id. The order of rows within a list does not matter to the database;
/// errors name a row by its position in its list (<see cref="BulkDomainRuleException.RowIndex"/>).
/// </summary>
public sealed class BulkImportBatch
{
    /// <summary>Source documents.</summary>
    public IList<SourceDocumentRow> SourceDocuments { get; } = new List<SourceDocumentRow>();

    /// <summary>Citations of documents in this batch or already stored.</summary>
    public IList<CitationRow> Citations { get; } = new List<CitationRow>();

    /// <summary>Nations.</summary>
    public IList<NationRow> Nations { get; } = new List<NationRow>();

    /// <summary>People.</summary>
    public IList<PersonRow> People { get; } = new List<PersonRow>();

    /// <summary>Organisations: forums, international organisations, companies and nations' own bodies.</summary>
    public IList<OrganisationRow> Organisations { get; } = new List<OrganisationRow>();

    /// <summary>Memberships of nations and bodies in bodies, with their roles and terms.</summary>
    public IList<OrganisationMembershipRow> OrganisationMemberships { get; } = new List<OrganisationMembershipRow>();

    /// <summary>Other names (aliases) of people, posts, organisations and agreements.</summary>
    public IList<OtherNameRow> OtherNames { get; } = new List<OtherNameRow>();

    /// <summary>Engagements.</summary>
    public IList<EngagementRow> Engagements { get; } = new List<EngagementRow>();

    /// <summary>Delegations to engagements.</summary>
    public IList<DelegationRow> Delegations { get; } = new List<DelegationRow>();

    /// <summary>Members of delegations.</summary>
    public IList<DelegationMemberRow> DelegationMembers { get; } = new List<DelegationMemberRow>();

    /// <summary>Agreements.</summary>
    public IList<AgreementRow> Agreements { get; } = new List<AgreementRow>();

    /// <summary>Parties to agreements.</summary>
    public IList<AgreementPartyRow> AgreementParties { get; } = new List<AgreementPartyRow>();

    /// <summary>Military exercise series.</summary>
    public IList<ExerciseSeriesRow> ExerciseSeries { get; } = new List<ExerciseSeriesRow>();

    /// <summary>Military exercises: editions of the series.</summary>
    public IList<MilitaryExerciseRow> MilitaryExercises { get; } = new List<MilitaryExerciseRow>();

    /// <summary>Participants in exercises.</summary>
    public IList<ExerciseParticipantRow> ExerciseParticipants { get; } = new List<ExerciseParticipantRow>();

    /// <summary>Citations of single values of facts in this batch or already stored.</summary>
    public IList<ValueCitationRow> ValueCitations { get; } = new List<ValueCitationRow>();

    /// <summary>The number of rows of every table together.</summary>
    public long TotalRows => BulkTables.All.Sum(t => (long)t.Count(this));

    /// <summary>Empties every table of the batch, to reuse it.</summary>
    public void Clear()
    {
        foreach (var table in BulkTables.All)
        {
            table.Clear(this);
        }
    }
}
