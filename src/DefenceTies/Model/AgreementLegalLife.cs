namespace DefenceTies.Model;

/// <summary>
/// How an agreement's status and its dates of entry into force and end follow from the events of its
/// legal life, written once for the model (<see cref="Agreement.AddEvent"/>), the fact-pack import
/// and <c>StoredDataCheck</c>. The events are taken in date order (an undated one before the dated,
/// and on one date in the order of <see cref="AgreementEventKind"/>): a proposal makes it
/// <see cref="AgreementStatus.Proposed"/>, opened negotiations <see cref="AgreementStatus.UnderNegotiation"/>;
/// a signature, ratification, approval or exchange of notes <see cref="AgreementStatus.Signed"/>
/// (never stepping back from a later status); entry into force or renewal
/// <see cref="AgreementStatus.InForce"/>, a suspension <see cref="AgreementStatus.Suspended"/>, a
/// termination <see cref="AgreementStatus.Ended"/>. A scheduled entry into force is a plan and changes
/// nothing. Entry into force is the earliest dated entry into force; the end, the date of the
/// termination that ended it.
/// </summary>
internal static class AgreementLegalLife
{
    /// <summary>What the events make of the agreement, with the event that decides each value; a value is <see langword="null"/> when no event decides it.</summary>
    public static Outcome Of(IEnumerable<AgreementEvent> events)
    {
        AgreementStatus? status = null;
        AgreementEvent? statusEvent = null;
        AgreementEvent? entry = null;
        AgreementEvent? end = null;
        foreach (var e in events.OrderBy(e => e.OccurredOn is null ? 0 : 1).ThenBy(e => e.OccurredOn?.EarliestDay).ThenBy(e => e.Kind))
        {
            var next = e.Kind switch
            {
                AgreementEventKind.Proposed when status is null => AgreementStatus.Proposed,
                AgreementEventKind.NegotiationOpened when status is null or AgreementStatus.Proposed => AgreementStatus.UnderNegotiation,
                AgreementEventKind.Signed or AgreementEventKind.Ratified or AgreementEventKind.Approved or AgreementEventKind.ExchangeOfNotes
                    when status is null or AgreementStatus.Proposed or AgreementStatus.UnderNegotiation or AgreementStatus.Agreed => AgreementStatus.Signed,
                AgreementEventKind.EnteredIntoForce or AgreementEventKind.Renewed => AgreementStatus.InForce,
                AgreementEventKind.Suspended => AgreementStatus.Suspended,
                AgreementEventKind.Terminated => AgreementStatus.Ended,
                _ => (AgreementStatus?)null,
            };
            if (next is not null && next != status)
            {
                (status, statusEvent) = (next, e);
            }

            if (e.Kind == AgreementEventKind.EnteredIntoForce && e.OccurredOn is not null && entry is null)
            {
                entry = e;
            }

            if (e.Kind == AgreementEventKind.Terminated)
            {
                end = e.OccurredOn is not null ? e : end;
            }
        }

        // An end counts only while the agreement stays ended (a renewal after it undoes it).
        return new Outcome(status, statusEvent, entry, status == AgreementStatus.Ended ? end : null);
    }

    /// <summary>The values the events decide, each with the event that decides it.</summary>
    internal sealed record Outcome(AgreementStatus? Status, AgreementEvent? StatusEvent, AgreementEvent? EntryIntoForce, AgreementEvent? End);
}
