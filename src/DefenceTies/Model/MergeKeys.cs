using System.Collections.Frozen;

namespace DefenceTies.Model;

/// <summary>
/// Which values identify a fact when a second source reports it (its merge key), and so which of
/// its values may take competing claims: the rule written once for the fact-pack import, the
/// ranking of claims and docs/fact-packs.md. A value in the merge key never takes a competing
/// claim — another value there means another fact. A claimable value is a text, date or kind
/// outside the key; references to other facts and nations are links, never claims.
/// </summary>
internal static class MergeKeys
{
    private static readonly FrozenDictionary<string, string[]> Keys = new Dictionary<string, string[]>
    {
        [nameof(Organisation)] = [nameof(Organisation.Nation), nameof(Organisation.Name)],
        [nameof(Person)] = [nameof(Person.Name)],
        [nameof(Post)] = [nameof(Post.Nation), nameof(Post.Title)],
        [nameof(PostHolding)] = [nameof(PostHolding.Person), nameof(PostHolding.Post)],
        [nameof(Statement)] = [nameof(Statement.SpeakerPerson), nameof(Statement.SpeakerOrganisation), nameof(Statement.Content)],
        [nameof(CooperationArea)] = [nameof(CooperationArea.Name)],
        [nameof(Region)] = [nameof(Region.Nation), nameof(Region.Name)],
        [nameof(SecurityIssue)] = [nameof(SecurityIssue.Name)],
        [nameof(Policy)] = [nameof(Policy.Nation), nameof(Policy.Name)],
        [nameof(PolicyLink)] = [nameof(PolicyLink.From), nameof(PolicyLink.Kind), nameof(PolicyLink.To)],
        [nameof(PolicyPartner)] = [nameof(PolicyPartner.Policy), nameof(PolicyPartner.Partner)],
        [nameof(Engagement)] = [nameof(Engagement.Kind), nameof(Engagement.HeldOn)],
        [nameof(Delegation)] = [nameof(Delegation.Engagement), nameof(Delegation.Nation)],
        [nameof(DelegationMember)] = [nameof(DelegationMember.Delegation), nameof(DelegationMember.Person)],
        [nameof(EngagementTopic)] = [nameof(EngagementTopic.Engagement), nameof(EngagementTopic.CooperationArea)],
        [nameof(Agreement)] = [nameof(Agreement.Kind), nameof(Agreement.ConcludedOn)],
        [nameof(AgreementEvent)] = [nameof(AgreementEvent.Agreement), nameof(AgreementEvent.Kind), nameof(AgreementEvent.Party)],
        [nameof(AgreementSignatory)] = [nameof(AgreementSignatory.Agreement), nameof(AgreementSignatory.Organisation)],
        [nameof(Ownership)] = [nameof(Ownership.Owned), nameof(Ownership.OwnerNation), nameof(Ownership.OwnerOrganisation)],
        [nameof(DefenceDeal)] = [nameof(DefenceDeal.SupplierNation), nameof(DefenceDeal.SupplierOrganisation), nameof(DefenceDeal.RecipientNation), nameof(DefenceDeal.RecipientOrganisation), nameof(DefenceDeal.Designation)],
        [nameof(Invitation)] = [nameof(Invitation.InviterNation), nameof(Invitation.InviterPerson), nameof(Invitation.InviteeNation), nameof(Invitation.InviteePerson), nameof(Invitation.Engagement), nameof(Invitation.Exercise)],
        [nameof(AgreementParty)] = [nameof(AgreementParty.Agreement), nameof(AgreementParty.Nation)],
        [nameof(WorkingGroup)] = [nameof(WorkingGroup.Name), nameof(WorkingGroup.EstablishedBy)],
        [nameof(WorkingGroupMember)] = [nameof(WorkingGroupMember.WorkingGroup), nameof(WorkingGroupMember.Nation)],
        [nameof(WorkingGroupFocusArea)] = [nameof(WorkingGroupFocusArea.WorkingGroup), nameof(WorkingGroupFocusArea.CooperationArea)],
        [nameof(ExerciseSeries)] = [nameof(ExerciseSeries.Name)],
        [nameof(MilitaryExercise)] = [nameof(MilitaryExercise.Series), nameof(MilitaryExercise.StartedOn)],
        [nameof(ForceContribution)] = [nameof(ForceContribution.Participant), nameof(ForceContribution.Kind), nameof(ForceContribution.Unit)],
        [nameof(ExercisePlace)] = [nameof(ExercisePlace.Exercise), nameof(ExercisePlace.Place), nameof(ExercisePlace.Role)],
        [nameof(ExerciseParticipant)] = [nameof(ExerciseParticipant.Exercise), nameof(ExerciseParticipant.Nation)],
        [nameof(NationRelation)] = [nameof(NationRelation.Subject), nameof(NationRelation.Kind), nameof(NationRelation.Counterpart), nameof(NationRelation.Region), nameof(NationRelation.Level)],
        [nameof(Initiative)] = [nameof(Initiative.Name)],
        [nameof(InitiativeParticipant)] = [nameof(InitiativeParticipant.Initiative), nameof(InitiativeParticipant.Nation)],
        [nameof(EngagementAgreement)] = [nameof(EngagementAgreement.Engagement), nameof(EngagementAgreement.Agreement)],
        [nameof(NationalAim)] = [nameof(NationalAim.Nation), nameof(NationalAim.Description)],
        [nameof(SecurityIssueActor)] = [nameof(SecurityIssueActor.SecurityIssue), nameof(SecurityIssueActor.Role), nameof(SecurityIssueActor.Nation), nameof(SecurityIssueActor.Organisation)],
        [nameof(OtherName)] = [nameof(OtherName.Person), nameof(OtherName.Post), nameof(OtherName.Organisation), nameof(OtherName.Agreement), nameof(OtherName.Name)],
        [nameof(SecurityIssueRegion)] = [nameof(SecurityIssueRegion.SecurityIssue), nameof(SecurityIssueRegion.Region)],
        [nameof(Nation)] = [nameof(Nation.Alpha2Code)],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The merge key of a kind of fact: the values that identify it.</summary>
    /// <exception cref="InvalidOperationException">The kind has no merge key here (a new kind of fact must add one).</exception>
    public static IReadOnlyList<string> Of(Type factType) =>
        Keys.TryGetValue(factType.Name, out var key) ? key : throw new InvalidOperationException($"{factType.Name} has no merge key in MergeKeys; add one.");

    /// <summary>
    /// The values that may take competing claims when a source names the fact it restates by its
    /// <see cref="FactReference"/> rather than by its key: the claimable values and the texts, dates
    /// and kinds of the merge key too (a report may call the stored "talks" a "meeting"; the
    /// reference, not the kind, says it is the same event). Links in the key stay links.
    /// </summary>
    public static IEnumerable<string> ClaimableWhenReferenced(Type factType) =>
        ValueProperties.Of(factType).Where(p => ClaimValues.IsScalar(factType.GetProperty(p)!.PropertyType)).Order(StringComparer.Ordinal);

    /// <summary>The values of a kind of fact that may take competing claims: texts, dates and kinds outside its merge key.</summary>
    public static IEnumerable<string> ClaimableOf(Type factType)
    {
        var key = Of(factType);
        return ValueProperties.Of(factType).Where(p => !key.Contains(p) && ClaimValues.IsScalar(factType.GetProperty(p)!.PropertyType)).Order(StringComparer.Ordinal);
    }
}
