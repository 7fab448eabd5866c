using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Bulk;

/// <summary>
/// The tables the bulk path fills, each with the rules of its entity. The rules are the entities'
/// own (<c>Nation.Validate</c>, <c>Delegation.NationTwice</c>, ...), applied to rows instead of
/// constructor arguments. Rules that need stored rows are in <see cref="BulkValidator"/>.
/// </summary>
internal static class BulkTables
{
    public static IReadOnlyList<BulkTableDefinition> All { get; } =
    [
        new BulkTableDefinition<SourceDocumentRow, SourceDocument>(b => b.SourceDocuments)
            .Rule(r => SourceDocument.Validate(r.Key, r.Title, r.PublishedOn, r.Text, r.Origin))
            .Derive(nameof(SourceDocument.ContentSha256), r => SourceDocument.Sha256Of(r.Text))
            // A bulk document states nothing about itself beyond its title and date (SourceDocument.Describe is the pack's and the model's).
            .Derive(nameof(SourceDocument.Byline), _ => null)
            .Derive(nameof(SourceDocument.Agency), _ => null)
            .Derive(nameof(SourceDocument.Credits), _ => null)
            .Derive(nameof(SourceDocument.PublishedAtUtc), _ => null)
            .Derive(nameof(SourceDocument.PublishedAtOffsetMinutes), _ => null),
        new BulkTableDefinition<CitationRow, Citation>(b => b.Citations)
            .Rule(r => Citation.Validate(r.Passage, r.Support, r.Note))
            .Derive(nameof(Citation.Length), r => r.Passage.Length)
            // A bulk fact is referenced by its generated kind/id (FactReference), not by a stored key.
            .Derive(nameof(Citation.FactKey), _ => null),
        new BulkTableDefinition<NationRow, Nation>(b => b.Nations)
            .Rule(r => Nation.Validate(r.Alpha2Code, r.Alpha3Code, r.NumericCode, r.Name, r.CorrelatesOfWarCode, r.CorrelatesOfWarAbbreviation, r.GleditschWardCode, r.GleditschWardAbbreviation)),
        new BulkTableDefinition<PersonRow, Person>(b => b.People)
            .Rule(r => Person.Validate(r.Name, r.Rank))
            .Derive(NameKey.Property, r => NameKey.Of(r.Name)),
        // Unique names, Wikidata items and COW codes of bodies are the database's rules alone (unique
        // indexes, as for nations' codes): it refuses a repeat, in the batch or of a stored row.
        new BulkTableDefinition<OrganisationRow, Organisation>(b => b.Organisations)
            .Rule(r => Organisation.Validate(r.NationId, r.HostNationId, r.Name, r.Kind, r.WikidataId, r.CowCode))
            .Derive(NameKey.Property, r => NameKey.OfOptional(r.Name)),
        new BulkTableDefinition<OrganisationMembershipRow, OrganisationMembership>(b => b.OrganisationMemberships)
            .Rule(CheckMember)
            .Rule(r => OrganisationMembership.Validate(r.Role, r.StartedOn, r.EndedOn))
            // Organisation.AddMember's rule: one member holds one role once per start date.
            .Unique(r => (r.OrganisationId, r.MemberNationId, r.MemberOrganisationId, r.Role, r.StartedOn), r => OrganisationMembership.RecordedTwice(r.Role)),
        // An alias once per owner is the database's rule alone (a unique index per owner on the key);
        // an alias equal to its owner's own name needs the owner's name (BulkValidator).
        new BulkTableDefinition<OtherNameRow, OtherName>(b => b.OtherNames)
            .Rule(r => OtherName.Validate(r.Name, r.Kind, r.Language))
            .Rule(CheckOwner)
            .Derive(NameKey.Property, r => NameKey.Of(r.Name)),
        new BulkTableDefinition<EngagementRow, Engagement>(b => b.Engagements)
            .Rule(r => Engagement.Validate(r.Kind, r.Subject, r.HeldOn))

            // Places have no bulk rows (they come a few per report, through the pack import), and a
            // sub-event's parent is named by the pack that says so.
            .Derive(nameof(Engagement.PlaceId), _ => null)
            .Derive(nameof(Engagement.ParentId), _ => null),
        new BulkTableDefinition<DelegationRow, Delegation>(b => b.Delegations)
            .Unique(r => (r.EngagementId, r.NationId), r => Delegation.NationTwice(r.NationId)),
        new BulkTableDefinition<DelegationMemberRow, DelegationMember>(b => b.DelegationMembers)
            .Rule(r => DelegationMember.Validate(r.Role))
            .Unique(r => (r.DelegationId, r.PersonId), r => DelegationMember.PersonTwice(r.PersonId))
            .Unique(r => r.Role == DelegationRole.Leader ? r.DelegationId : null, _ => DelegationMember.SecondLeader()),
        new BulkTableDefinition<AgreementRow, Agreement>(b => b.Agreements)
            .Rule(r => Agreement.Validate(r.Title, r.Kind, r.Status, r.Subject, r.ConcludedOn, r.EnteredIntoForceOn, r.EndedOn))
            .Derive(NameKey.Property, r => NameKey.OfOptional(r.Title))
            .Derive(nameof(Agreement.FrameworkId), _ => null)
            .Derive(nameof(Agreement.PolicyId), _ => null),
        new BulkTableDefinition<AgreementPartyRow, AgreementParty>(b => b.AgreementParties)
            .Unique(r => (r.AgreementId, r.NationId), r => AgreementParty.NationTwice(r.NationId)),
        new BulkTableDefinition<ExerciseSeriesRow, ExerciseSeries>(b => b.ExerciseSeries)
            .Rule(r => ExerciseSeries.Validate(r.Name, r.Recurrence)),
        new BulkTableDefinition<MilitaryExerciseRow, MilitaryExercise>(b => b.MilitaryExercises)
            .Rule(r => MilitaryExercise.Validate(r.Name, r.StartedOn, r.EndedOn, r.EditionNumber))
            .Unique(r => r.StartedOn is { } startedOn ? (object)(r.SeriesId, startedOn) : null, r => MilitaryExercise.EditionTwice(r.StartedOn)),
        new BulkTableDefinition<ExerciseParticipantRow, ExerciseParticipant>(b => b.ExerciseParticipants)
            .Rule(r => ParticipationRoles.Check(r.Role, ParticipationRoles.OfExerciseParticipants, nameof(ExerciseParticipant)))
            .Unique(r => (r.ExerciseId, r.NationId), r => ExerciseParticipant.NationTwice(r.NationId)),
        new BulkTableDefinition<ValueCitationRow, ValueCitation>(b => b.ValueCitations)
            .Rule(r => CheckValue(r))
            .Unique(r => (r.FactType, r.FactId, r.Property), r => CitedEntity.ValueCitedTwice(r.FactType, r.Property))
            .Unique(r => (r.FactType, r.FactId, r.CitationId), r => CitedEntity.CitationBacksAnother(r.FactType, r.Property, r.CitationId))
            .DeriveFromModel(entity => FactColumns(entity).Select(f => (f.Property, new Func<ValueCitationRow, object?>(r => r.FactType == f.FactType.Name ? r.FactId : null))))
            // A bulk row cites the value the fact holds: the preferred claim, never ranked by anyone yet.
            .Derive(nameof(ValueCitation.Rank), _ => ClaimRank.Preferred)
            .Derive(nameof(ValueCitation.ClaimedValue), _ => null)
            .Derive(nameof(ValueCitation.RankedAt), _ => null)
            .Derive(nameof(ValueCitation.RankReason), _ => null)
            .NotStoredAsSuch(nameof(ValueCitationRow.FactType), nameof(ValueCitationRow.FactId)),
    ];

    /// <summary>
    /// The foreign key properties of <c>value_citations</c>' exclusive arc, one per kind of fact, as
    /// the model maps them: the keys whose principal lists the row among its
    /// <see cref="CitedEntity.ValueCitations"/>. Read from the model, not named here, so a change to
    /// the arc's columns reaches the bulk path by itself.
    /// </summary>
    public static IEnumerable<(Type FactType, string Property)> FactColumns(IEntityType valueCitation) =>
        valueCitation.GetForeignKeys()
            .Where(f => f.PrincipalToDependent?.Name == nameof(CitedEntity.ValueCitations))
            .Select(f => (f.PrincipalEntityType.ClrType, f.Properties.Single().Name));

    /// <summary>
    /// <see cref="OrganisationMembership"/>'s rules on its member, which the constructor checks on
    /// objects: exactly one of a nation and a body, and not the body itself (here by id).
    /// </summary>
    private static void CheckMember(OrganisationMembershipRow row)
    {
        if ((row.MemberNationId is null) == (row.MemberOrganisationId is null))
        {
            throw OrganisationMembership.NotOneMember();
        }

        if (row.MemberOrganisationId == row.OrganisationId)
        {
            throw OrganisationMembership.MemberOfItself(row.OrganisationId);
        }
    }

    /// <summary>An alias belongs to exactly one fact, as each <see cref="OtherName"/> constructor takes one owner.</summary>
    private static void CheckOwner(OtherNameRow row)
    {
        if (row.NamedOwners() is { Count: not 1 } owners)
        {
            throw OtherName.NotOneOwner(owners.Count);
        }
    }

    /// <summary><see cref="CitedEntity.CiteValue"/>'s first rule: the property is a value of that kind of fact.</summary>
    private static void CheckValue(ValueCitationRow row)
    {
        var factType = ValueProperties.FactTypeNamed(row.FactType)
            ?? throw new DomainRuleException(nameof(ValueCitation), nameof(ValueCitationRow.FactType), row.FactType,
                $"is not a kind of fact; expected one of {string.Join(", ", ValueProperties.FactTypes.Select(t => t.Name))}.");
        if (!ValueProperties.Of(factType).Contains(row.Property))
        {
            throw CitedEntity.NotAValue(factType, row.Property);
        }
    }
}
