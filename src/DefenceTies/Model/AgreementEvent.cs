namespace DefenceTies.Model;

/// <summary>
/// A dated, cited step in the legal life of an agreement (see <see cref="AgreementEventKind"/>): for
/// one party ("the Philippine Senate ratified it"), or for the agreement as a whole when the source
/// names none ("it entered into force on 1 February"), and for a ratification or approval the body
/// that gave it (a parliament, a cabinet). The agreement's status and its dates of entry into force
/// and end follow from its events (<see cref="Agreement.AddEvent"/>). Made with
/// <see cref="Agreement.AddEvent"/>, which refuses a party that is not the agreement's. Keyed by
/// agreement, kind and party: another source's date or body is a competing claim.
/// </summary>
public class AgreementEvent : CitedEntity
{
    /// <summary>For EF Core.</summary>
    protected AgreementEvent()
    {
    }

    internal AgreementEvent(Agreement agreement, AgreementEventKind kind, Citation citation, PartialDate? occurredOn, Nation? party, Organisation? actingBody)
        : base(citation, nameof(AgreementEvent))
    {
        Agreement = agreement;
        Kind = Guard.Defined(kind, nameof(AgreementEvent), nameof(Kind));
        OccurredOn = Guard.OptionalDate(occurredOn, nameof(AgreementEvent), nameof(OccurredOn));
        if (kind == AgreementEventKind.ScheduledToEnterIntoForce && occurredOn is null)
        {
            throw new DomainRuleException(nameof(AgreementEvent), nameof(OccurredOn), null, "a scheduled entry into force is known by its planned date; give the date the source states.");
        }

        if (actingBody is not null && !ActedByBody(kind))
        {
            throw new DomainRuleException(nameof(AgreementEvent), nameof(ActingBody), actingBody.DisplayName, $"only a {AgreementEventKind.Ratified} or {AgreementEventKind.Approved} event names the body that gave it (a parliament, a cabinet).");
        }

        Party = party;
        ActingBody = actingBody;
    }

    /// <summary>The key of <see cref="Agreement"/>.</summary>
    public int AgreementId { get; private set; }

    /// <summary>The agreement.</summary>
    public Agreement Agreement { get; private set; } = null!;

    /// <summary>What happened.</summary>
    public AgreementEventKind Kind { get; private set; }

    /// <summary>
    /// When, at the precision stated; for <see cref="AgreementEventKind.ScheduledToEnterIntoForce"/>
    /// the planned date, required; otherwise <see langword="null"/> when the source gives none.
    /// </summary>
    public PartialDate? OccurredOn { get; private set; }

    /// <summary>The key of <see cref="Party"/>.</summary>
    public int? PartyId { get; private set; }

    /// <summary>The party it is for, a party of the agreement; <see langword="null"/> for the agreement as a whole.</summary>
    public Nation? Party { get; private set; }

    /// <summary>The key of <see cref="ActingBody"/>.</summary>
    public int? ActingBodyId { get; private set; }

    /// <summary>The body that ratified or approved it (a parliament, a cabinet), when the source names one.</summary>
    public Organisation? ActingBody { get; private set; }

    /// <summary>
    /// A step in words, as the CLI, the Explorer and the exports write it: "ratified by Indonesia
    /// (House of Representatives)", "entered into force", "scheduled to enter into force".
    /// </summary>
    /// <param name="kind">What happened.</param>
    /// <param name="party">The party's name (or code), or <see langword="null"/> for the agreement as a whole.</param>
    /// <param name="actingBody">The name of the body that gave it, or <see langword="null"/>.</param>
    public static string Label(AgreementEventKind kind, string? party, string? actingBody)
    {
        var words = string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return $"{words}{(party is null ? string.Empty : $" by {party}")}{(actingBody is null ? string.Empty : $" ({actingBody})")}";
    }

    /// <summary>Whether an event of this kind names the body that gave it: a ratification or an approval. The rule of the model, the CHECK and the pack format.</summary>
    internal static bool ActedByBody(AgreementEventKind kind) => kind is AgreementEventKind.Ratified or AgreementEventKind.Approved;
}
