using DefenceTies.Model;

namespace DefenceTies.Exports;

// The shapes the exports read: one per kind of fact, each with its evidence. Nations are named by
// alpha-3 code throughout, which is also what their export ids are built from.

/// <summary>A row that carries its fact's evidence.</summary>
internal interface IEvidenced
{
    Evidence Evidence { get; }
}

/// <summary>A source document, without its text.</summary>
internal sealed class DocumentRow
{
    public required string Key { get; init; }

    public required string? Title { get; init; }

    public required PartialDate PublishedOn { get; init; }

    public required SourceOrigin Origin { get; init; }

    public required string ContentSha256 { get; init; }

    public string? Byline { get; init; }

    public string? Agency { get; init; }

    public string? Credits { get; init; }

    public string? Dateline { get; init; }

    public string? DatelineNation { get; init; }

    public DateTime? PublishedAtUtc { get; init; }

    public int? PublishedAtOffsetMinutes { get; init; }

    /// <summary>The time of publication in its stated offset, as ISO 8601 (<c>2025-03-14T09:30:00+06:00</c>), or <see langword="null"/>.</summary>
    public string? PublishedAt => PublishedAtUtc is { } utc && PublishedAtOffsetMinutes is { } offset
        ? SourceDocument.FormatInstant(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset)))
        : null;
}

/// <summary>A nation and its codes.</summary>
internal sealed class NationRow : IEvidenced
{
    public required string Alpha2 { get; init; }

    public required string Alpha3 { get; init; }

    public required string Numeric { get; init; }

    public required string Name { get; init; }

    public required int? CowCode { get; init; }

    public required string? CowAbbreviation { get; init; }

    public required int? GwCode { get; init; }

    public required string? GwAbbreviation { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A body of a nation (ministry, armed service, embassy).</summary>
internal sealed class OrganisationRow : IEvidenced
{
    public required int Id { get; init; }

    public required string? NationAlpha2 { get; init; }

    public required string? NationAlpha3 { get; init; }

    public required string? NationName { get; init; }

    public required string? Name { get; init; }

    public required OrganisationKind Kind { get; init; }

    public required string? HostNationAlpha3 { get; init; }

    /// <summary>Its other names (aliases), in the order stored.</summary>
    public required List<OtherNameRow> OtherNames { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A person.</summary>
internal sealed class PersonRow : IEvidenced
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string? Rank { get; init; }

    /// <summary>Its other names (aliases), in the order stored.</summary>
    public required List<OtherNameRow> OtherNames { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A post of a nation, perhaps within one of its bodies.</summary>
internal sealed class PostRow : IEvidenced
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string? NationAlpha2 { get; init; }

    public required string? NationAlpha3 { get; init; }

    public required int? OrganisationId { get; init; }

    public required string? AccreditedToAlpha3 { get; init; }

    /// <summary>Its other names (aliases), in the order stored.</summary>
    public required List<OtherNameRow> OtherNames { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A person holding a post.</summary>
internal sealed class HoldingRow : IEvidenced
{
    public required int Id { get; init; }

    public required int PersonId { get; init; }

    public required int PostId { get; init; }

    public required string PostTitle { get; init; }

    public required string? PostNationAlpha3 { get; init; }

    public required int? PostOrganisationId { get; init; }

    public required PartialDate? StartedOn { get; init; }

    public required PartialDate? EndedOn { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>Talks, a meeting, a visit or a dialogue, with the nations that sent delegations and their members.</summary>
internal sealed class EngagementRow : IEvidenced
{
    public required int Id { get; init; }

    /// <summary>Where it was held, when stated.</summary>
    public required PlaceRow? Place { get; init; }

    public required EngagementStatus Status { get; init; }

    public required EngagementMode? Mode { get; init; }

    /// <summary>The event it was held on the sidelines of, when stated.</summary>
    public required int? ParentId { get; init; }

    public required EngagementKind Kind { get; init; }

    public required string Subject { get; init; }

    public required PartialDate HeldOn { get; init; }

    public required string? NationsText { get; init; }

    public List<string> Nations => field ??= ExportLists.Codes(NationsText);

    public required string? MemberPersonIdsText { get; init; }

    /// <summary>The agreements it dealt with without concluding them, in the order stored.</summary>
    public required List<HandledAgreementRow> HandledAgreements { get; init; }

    public List<int> MemberPersonIds => field ??= ExportLists.Ids(MemberPersonIdsText);

    /// <summary>The nations taking part in a role (<see cref="EngagementParticipant"/>), besides the delegations.</summary>
    public required string? ParticipantNationsText { get; init; }

    public List<string> ParticipantNations => field ??= ExportLists.Codes(ParticipantNationsText);

    /// <summary>The bodies taking part in a role (a forum that met, as the counterpart).</summary>
    public required string? ParticipantBodyIdsText { get; init; }

    public List<int> ParticipantBodyIds => field ??= ExportLists.Ids(ParticipantBodyIdsText);

    public required string? HostNationsText { get; init; }

    public List<string> HostNations => field ??= ExportLists.Codes(HostNationsText);

    public required string? HostBodyIdsText { get; init; }

    public List<int> HostBodyIds => field ??= ExportLists.Ids(HostBodyIdsText);

    public required Evidence Evidence { get; init; }
}

/// <summary>A member of a delegation to an engagement.</summary>
internal sealed class DelegationMemberRow : IEvidenced
{
    public required int Id { get; init; }

    public required int PersonId { get; init; }

    public required string PersonName { get; init; }

    public required int EngagementId { get; init; }

    public required string EngagementSubject { get; init; }

    public required PartialDate HeldOn { get; init; }

    public required string NationAlpha3 { get; init; }

    public required DelegationRole Role { get; init; }

    public required int? CapacityPostId { get; init; }

    public required string? CapacityPostTitle { get; init; }

    /// <summary>The capacity post's body; <see langword="null"/> when the post sits in the nation itself (or there is no capacity).</summary>
    public required int? CapacityPostOrganisationId { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>An agreement and its parties.</summary>
internal sealed class AgreementRow : IEvidenced
{
    public required int Id { get; init; }

    public required string? Title { get; init; }

    public required AgreementKind Kind { get; init; }

    public required AgreementStatus Status { get; init; }

    public required string Subject { get; init; }

    public required PartialDate? ConcludedOn { get; init; }

    public required PartialDate? EnteredIntoForceOn { get; init; }

    public required PartialDate? EndedOn { get; init; }

    public required int? EngagementId { get; init; }

    /// <summary>What the source says the agreement means, when it says.</summary>
    public required string? Significance { get; init; }

    /// <summary>The framework agreement it implements or is concluded under, when stated.</summary>
    public required int? FrameworkId { get; init; }

    /// <summary>The name of the policy it implements, when stated.</summary>
    public required string? PolicyName { get; init; }

    public required string? PartiesText { get; init; }

    public List<string> Parties => field ??= ExportLists.Codes(PartiesText);

    /// <summary>The bodies without a nation that are parties (<see cref="AgreementOrganisationParty"/>).</summary>
    public required string? BodyPartyIdsText { get; init; }

    public List<int> BodyPartyIds => field ??= ExportLists.Ids(BodyPartyIdsText);

    /// <summary>Its other names (aliases), in the order stored.</summary>
    public required List<OtherNameRow> OtherNames { get; init; }

    /// <summary>Whether a body signed, witnessed or exchanged it (<see cref="AgreementSignatory"/>): GraphML then draws it as a node too.</summary>
    public required bool HasSignatories { get; init; }

    public required Evidence Evidence { get; init; }

    /// <summary>The title the source states, or the computed label (never stored) when it states none.</summary>
    public string Label => Title ?? Agreement.ComputedTitle(Kind, Subject);
}

/// <summary>A military exercise (an edition of a series), its nations and the services they sent.</summary>
internal sealed class ExerciseRow : IEvidenced
{
    public required int Id { get; init; }

    /// <summary>Where it took place (its area, its bases), in the order stored.</summary>
    public required List<PlaceRow> Places { get; init; }

    public required int? EditionNumber { get; init; }

    /// <summary>What the participants contribute, as stated: "PHL: 2 frigates".</summary>
    public required List<ContributionRow> Contributions { get; init; }

    /// <summary>The edition's own name, when stated.</summary>
    public required string? Name { get; init; }

    public required int SeriesId { get; init; }

    public required string SeriesName { get; init; }

    /// <summary>How often the series is held, when stated.</summary>
    public required SeriesRecurrence? Recurrence { get; init; }

    /// <summary>The edition's own name, or its series' when it has none.</summary>
    public string Label => Name ?? SeriesName;

    public required PartialDate? StartedOn { get; init; }

    public required PartialDate? EndedOn { get; init; }

    public required string? NationsText { get; init; }

    public List<string> Nations => field ??= ExportLists.Codes(NationsText);

    public required string? ServiceIdsText { get; init; }

    public List<int> ServiceIds => field ??= ExportLists.Ids(ServiceIdsText);

    public required Evidence Evidence { get; init; }
}

/// <summary>A working group, its member nations and the agreement that established it.</summary>
internal sealed class WorkingGroupRow : IEvidenced
{
    public required int Id { get; init; }

    public required string? Name { get; init; }

    public required string Mandate { get; init; }

    public required WorkingGroupStatus Status { get; init; }

    public required int? EstablishedByAgreementId { get; init; }

    public required PartialDate? EstablishedOn { get; init; }

    public required string? MembersText { get; init; }

    public List<string> Members => field ??= ExportLists.Codes(MembersText);

    /// <summary>The body the group belongs to (a forum's expert working group), when stated.</summary>
    public required int? ParentOrganisationId { get; init; }

    /// <summary>What the source says the group means, when it says.</summary>
    public required string? Significance { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A typed link between two nations' policies.</summary>
internal sealed class PolicyLinkRow : IEvidenced
{
    public required int Id { get; init; }

    public required PolicyLinkKind Kind { get; init; }

    public required string FromPolicy { get; init; }

    public required string FromNationAlpha3 { get; init; }

    public required string ToPolicy { get; init; }

    public required string ToNationAlpha3 { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>Another name of a person, post, organisation or agreement (see <see cref="OtherName"/>).</summary>
internal sealed class OtherNameRow
{
    public required string Name { get; init; }

    public required OtherNameKind Kind { get; init; }

    public required string? Language { get; init; }

    /// <summary>The kind in words, with the language where stated: Popolo's <c>note</c>, FtM's none.</summary>
    public string Note => Language is null ? Kind.ToString() : $"{Kind} ({Language})";
}

/// <summary>A membership of a body (a forum, an international organisation): its member nation or body, role and term.</summary>
internal sealed class MembershipRow : IEvidenced
{
    public required int Id { get; init; }

    public required int OrganisationId { get; init; }

    public required string? MemberNationAlpha3 { get; init; }

    public required int? MemberOrganisationId { get; init; }

    public required ParticipationRole Role { get; init; }

    public required PartialDate? StartedOn { get; init; }

    public required PartialDate? EndedOn { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A nation or body taking part in an engagement in a role (the counterpart, the host, an observer).</summary>
internal sealed class EngagementParticipantRow : IEvidenced
{
    public required int Id { get; init; }

    public required int EngagementId { get; init; }

    public required string EngagementSubject { get; init; }

    public required PartialDate HeldOn { get; init; }

    public required string? NationAlpha3 { get; init; }

    public required int? OrganisationId { get; init; }

    public required ParticipationRole Role { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A body without a nation that is a party to an agreement.</summary>
internal sealed class AgreementBodyPartyRow : IEvidenced
{
    public required int Id { get; init; }

    public required int AgreementId { get; init; }

    public required string? AgreementTitle { get; init; }

    public required AgreementKind AgreementKind { get; init; }

    public required string AgreementSubject { get; init; }

    public required AgreementStatus AgreementStatus { get; init; }

    public required PartialDate? StartedOn { get; init; }

    public required PartialDate? EndedOn { get; init; }

    public required int OrganisationId { get; init; }

    /// <summary>The agreement's nation parties (alpha-3).</summary>
    public required string? NationPartiesText { get; init; }

    public List<string> NationParties => field ??= ExportLists.Codes(NationPartiesText);

    /// <summary>The agreement's other body parties.</summary>
    public required string? BodyPartyIdsText { get; init; }

    public List<int> BodyPartyIds => field ??= ExportLists.Ids(BodyPartyIdsText);

    public required Evidence Evidence { get; init; }

    public string AgreementLabel => AgreementTitle ?? Agreement.ComputedTitle(AgreementKind, AgreementSubject);
}

/// <summary>A security issue (its actors are <see cref="SecurityIssueActorRow"/>).</summary>
internal sealed class SecurityIssueRow : IEvidenced
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A nation or body a report names as behind a security issue, affected by it or addressing it.</summary>
internal sealed class SecurityIssueActorRow : IEvidenced
{
    public required int Id { get; init; }

    public required int SecurityIssueId { get; init; }

    public required string SecurityIssueName { get; init; }

    public required SecurityIssueRole Role { get; init; }

    public required string? NationAlpha3 { get; init; }

    public required int? OrganisationId { get; init; }

    public required PartialDate? Date { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>
/// A relation between two nations that the exports draw (a <see cref="NationRelation"/> of kind
/// <see cref="NationRelationKind.Tension"/> or <see cref="NationRelationKind.Partnership"/>), with a
/// partnership's level.
/// </summary>
internal sealed class NationRelationRow : IEvidenced
{
    public required int Id { get; init; }

    public required string SubjectAlpha3 { get; init; }

    public required string CounterpartAlpha3 { get; init; }

    /// <summary>A partnership's level as stated; <see langword="null"/> for a tension.</summary>
    public required string? Level { get; init; }

    public required PartialDate? Date { get; init; }

    public required Evidence Evidence { get; init; }

    /// <summary>The two nations in alpha-3 order.</summary>
    public List<string> Nations => [.. new[] { SubjectAlpha3, CounterpartAlpha3 }.Order(StringComparer.Ordinal)];
}

/// <summary>An owner (a nation or a body) holding a share of a company, joint venture or state-owned enterprise.</summary>
internal sealed class OwnershipRow : IEvidenced
{
    public required int Id { get; init; }

    /// <summary>The owned body (the asset).</summary>
    public required int OwnedId { get; init; }

    public required string? OwnerNationAlpha3 { get; init; }

    public required int? OwnerOrganisationId { get; init; }

    /// <summary>The share as stated, exact (basis points); <see langword="null"/> when the source names the owner without one.</summary>
    public required Share? Share { get; init; }

    public required PartialDate? StartedOn { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A defence deal: supplier and recipient (a nation, or a body with the nation its fact states), the equipment, quantity, value and dates.</summary>
internal sealed class DealRow : IEvidenced
{
    public required int Id { get; init; }

    public required string? SupplierNationAlpha3 { get; init; }

    public required int? SupplierOrganisationId { get; init; }

    /// <summary>The nation of a supplier body, when its fact states one.</summary>
    public required string? SupplierBodyNationAlpha3 { get; init; }

    public required string? RecipientNationAlpha3 { get; init; }

    public required int? RecipientOrganisationId { get; init; }

    /// <summary>The nation of a recipient body, when its fact states one.</summary>
    public required string? RecipientBodyNationAlpha3 { get; init; }

    public required int? EndUserId { get; init; }

    public required DealKind Kind { get; init; }

    public required string Designation { get; init; }

    public required EquipmentCategory Category { get; init; }

    public required int? Quantity { get; init; }

    public required string? QuantityUnit { get; init; }

    public required int? QuantityDelivered { get; init; }

    public required MoneyAmount? Value { get; init; }

    public required MoneyAmount? ValueUpTo { get; init; }

    public required string? ValueCurrency { get; init; }

    public required ValueExactness? ValueExactness { get; init; }

    public required PartialDate? DecidedOn { get; init; }

    public required PartialDate? AwardedOn { get; init; }

    public required PartialDate? SignedOn { get; init; }

    public required PartialDate? DeliveredOn { get; init; }

    public required PartialDate? DeliveryDueOn { get; init; }

    public required Evidence Evidence { get; init; }

    /// <summary>The supplier's nation: itself, or the nation its body's fact states; <see langword="null"/> for a body of no stated nation.</summary>
    public string? SupplierAlpha3 => SupplierNationAlpha3 ?? SupplierBodyNationAlpha3;

    /// <summary>The recipient's nation, as <see cref="SupplierAlpha3"/>.</summary>
    public string? RecipientAlpha3 => RecipientNationAlpha3 ?? RecipientBodyNationAlpha3;

    /// <summary>The year of order, as SIPRI counts it: the contract's signature, else its award.</summary>
    public PartialDate? OrderedOn => SignedOn ?? AwardedOn;

    /// <summary>The two nations in alpha-3 order, when both sides have one (a company of no stated nation counts for none).</summary>
    public List<string> Nations => SupplierAlpha3 is { } s && RecipientAlpha3 is { } r && s != r ? [.. new[] { s, r }.Order(StringComparer.Ordinal)] : [];
}

/// <summary>A step of an agreement's legal life, with the agreement's nation parties.</summary>
internal sealed class AgreementEventRow : IEvidenced
{
    public required int Id { get; init; }

    public required int AgreementId { get; init; }

    public required AgreementEventKind Kind { get; init; }

    public required PartialDate? OccurredOn { get; init; }

    /// <summary>The party it is for; <see langword="null"/> for the agreement as a whole.</summary>
    public required string? PartyAlpha3 { get; init; }

    public required int? ActingBodyId { get; init; }

    public required string? NationPartiesText { get; init; }

    /// <summary>The agreement's nation parties, alpha-3.</summary>
    public List<string> NationParties => field ??= ExportLists.Codes(NationPartiesText);

    public required Evidence Evidence { get; init; }

    /// <summary>"ratified by IDN", "entered into force": the step in words, as the notes and the panel's docs write it.</summary>
    public string Words => AgreementEvent.Label(Kind, PartyAlpha3, null);
}

/// <summary>A body that signed, witnessed or exchanged an agreement, and the nation it signed for when stated.</summary>
internal sealed class SignatoryRow : IEvidenced
{
    public required int Id { get; init; }

    public required int AgreementId { get; init; }

    public required string? AgreementTitle { get; init; }

    public required AgreementKind AgreementKind { get; init; }

    public required string AgreementSubject { get; init; }

    /// <summary>The agreement's span (entry into force, else conclusion, to end), as its other rows carry it.</summary>
    public required PartialDate? StartedOn { get; init; }

    public required PartialDate? EndedOn { get; init; }

    public required int OrganisationId { get; init; }

    public required SignatoryRole Role { get; init; }

    public required string? OnBehalfOfAlpha3 { get; init; }

    public required Evidence Evidence { get; init; }

    public string AgreementLabel => AgreementTitle ?? Agreement.ComputedTitle(AgreementKind, AgreementSubject);
}

/// <summary>A place as the exports name it: its name, its nation's name when stated, and its role for an exercise.</summary>
internal sealed class PlaceRow
{
    public required string Name { get; init; }

    public required string? NationName { get; init; }

    public ExercisePlaceRole? Role { get; init; }

    /// <summary>"Manila, Philippines", "Sulu Sea".</summary>
    public string Label => Region.Label(Name, NationName);
}

/// <summary>A nation's contribution to an exercise, as stated.</summary>
internal sealed class ContributionRow
{
    public required string NationAlpha3 { get; init; }

    public required int? Quantity { get; init; }

    public required string Unit { get; init; }

    /// <summary>"PHL: 2 frigates", "JPN: frigates".</summary>
    public string Text => $"{NationAlpha3}: {(Quantity is { } n ? $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} " : string.Empty)}{Unit}";
}

/// <summary>An invitation: the inviter and invitee (each a nation by alpha-3 code or a person by id), its event, response and date.</summary>
internal sealed class InvitationRow : IEvidenced
{
    public required int Id { get; init; }

    public required string? InviterNationAlpha3 { get; init; }

    public required int? InviterPersonId { get; init; }

    public required string? InviteeNationAlpha3 { get; init; }

    public required int? InviteePersonId { get; init; }

    public required int? EngagementId { get; init; }

    public required string? EngagementSubject { get; init; }

    public required int? ExerciseId { get; init; }

    public required string? ExerciseLabel { get; init; }

    public required InvitationResponse? Response { get; init; }

    public required PartialDate? ExtendedOn { get; init; }

    public required Evidence Evidence { get; init; }

    /// <summary>The export id of the inviter's node or entity.</summary>
    public string Inviter => InviterNationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Person(InviterPersonId!.Value);

    /// <summary>The export id of the invitee's node or entity.</summary>
    public string Invitee => InviteeNationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Person(InviteePersonId!.Value);

    /// <summary>The export id of the event the invitation is to.</summary>
    public string Event => EngagementId is { } engagement ? ExportIds.Engagement(engagement) : ExportIds.Exercise(ExerciseId!.Value);

    /// <summary>The event in words: the engagement's subject or the edition's name.</summary>
    public string EventLabel => EngagementSubject ?? ExerciseLabel!;
}

/// <summary>An agreement an engagement dealt with without concluding it, and how.</summary>
internal sealed class HandledAgreementRow
{
    public required int AgreementId { get; init; }

    public required AgreementHandling Handling { get; init; }
}

/// <summary>An initiative, the nations taking part, and what steers it and what it is part of.</summary>
internal sealed class InitiativeRow : IEvidenced
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required int? SteeringGroupId { get; init; }

    public required string? PolicyName { get; init; }

    public required string? AimDescription { get; init; }

    public required Evidence Evidence { get; init; }
}

/// <summary>A nation taking part in an initiative, with its own evidence.</summary>
internal sealed class InitiativeParticipantRow : IEvidenced
{
    public required int Id { get; init; }

    public required int InitiativeId { get; init; }

    public required string NationAlpha3 { get; init; }

    public required Evidence Evidence { get; init; }
}
