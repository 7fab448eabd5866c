using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

/// <summary>
/// The legal life of an agreement (<see cref="Agreement.AddEvent"/>): its status and dates follow
/// from its steps in date order, a value stated otherwise stays as a claim, and each step keeps to
/// its rules.
/// </summary>
public class AgreementLegalLifeTests
{
    private static readonly SourceDocument Document = new("doc", null, PartialDate.FromYear(2027),
        "Jakarta proposed the pact in 2024. Talks opened in 2025. It was signed on 6 May 2026. Indonesia ratified it on 18 November 2026. It entered into force on 1 February 2027. It was suspended in March 2027, renewed in 2028 and terminated in 2030. It is due to take effect in 2031.");

    private static Citation Cite(string passage) => Document.Cite(passage);

    private static (Agreement Pact, Nation Indonesia, Nation Chile) Pact(AgreementStatus stated = AgreementStatus.Agreed)
    {
        var indonesia = new Nation("ID", "IDN", "360", "Indonesia", Cite("Indonesia ratified it"));
        var chile = new Nation("CL", "CHL", "152", "Chile", Cite("Indonesia ratified it"));
        var pact = new Agreement(null, AgreementKind.Treaty, stated, "defence cooperation", null, Cite("It was signed on 6 May 2026."));
        pact.AddParty(indonesia, Cite("Indonesia ratified it"));
        pact.AddParty(chile, Cite("Indonesia ratified it"));
        return (pact, indonesia, chile);
    }

    [Fact]
    public void The_status_follows_the_steps_in_date_order_and_a_plan_changes_nothing()
    {
        var (pact, indonesia, _) = Pact();
        var statuses = new List<AgreementStatus>();
        void Step(AgreementEventKind kind, string passage, PartialDate? on, Nation? party = null)
        {
            pact.AddEvent(kind, Cite(passage), on, party);
            statuses.Add(pact.Status);
        }

        Step(AgreementEventKind.Proposed, "Jakarta proposed the pact in 2024.", PartialDate.FromYear(2024));
        Step(AgreementEventKind.NegotiationOpened, "Talks opened in 2025.", PartialDate.FromYear(2025));
        Step(AgreementEventKind.Signed, "It was signed on 6 May 2026.", PartialDate.FromYearMonthDay(2026, 5, 6));
        Step(AgreementEventKind.Ratified, "Indonesia ratified it on 18 November 2026.", PartialDate.FromYearMonthDay(2026, 11, 18), indonesia);
        Step(AgreementEventKind.EnteredIntoForce, "It entered into force on 1 February 2027.", PartialDate.FromYearMonthDay(2027, 2, 1));
        Step(AgreementEventKind.Suspended, "It was suspended in March 2027", PartialDate.FromYearMonth(2027, 3));
        Step(AgreementEventKind.Renewed, "renewed in 2028", PartialDate.FromYear(2028));
        Step(AgreementEventKind.ScheduledToEnterIntoForce, "It is due to take effect in 2031.", PartialDate.FromYear(2031));

        statuses.Should().Equal(
            AgreementStatus.Proposed, AgreementStatus.UnderNegotiation, AgreementStatus.Signed, AgreementStatus.Signed,
            AgreementStatus.InForce, AgreementStatus.Suspended, AgreementStatus.InForce, AgreementStatus.InForce);
        pact.EnteredIntoForceOn.Should().Be(PartialDate.FromYearMonthDay(2027, 2, 1));

        pact.AddEvent(AgreementEventKind.Terminated, Cite("terminated in 2030"), PartialDate.FromYear(2030));
        (pact.Status, pact.EndedOn).Should().Be((AgreementStatus.Ended, PartialDate.FromYear(2030)));
    }

    [Fact]
    public void Steps_are_ordered_by_date_not_by_the_order_they_are_recorded()
    {
        var (pact, _, _) = Pact();
        pact.AddEvent(AgreementEventKind.EnteredIntoForce, Cite("It entered into force on 1 February 2027."), PartialDate.FromYearMonthDay(2027, 2, 1));
        pact.AddEvent(AgreementEventKind.Signed, Cite("It was signed on 6 May 2026."), PartialDate.FromYearMonthDay(2026, 5, 6));

        pact.Status.Should().Be(AgreementStatus.InForce, "a signature recorded later but dated earlier does not step back");
    }

    [Fact]
    public void A_stated_status_the_steps_contradict_stays_a_claim_with_its_citation()
    {
        var (pact, _, _) = Pact(AgreementStatus.Signed);
        var force = Cite("It entered into force on 1 February 2027.");
        pact.AddEvent(AgreementEventKind.EnteredIntoForce, force, PartialDate.FromYearMonthDay(2027, 2, 1));

        pact.Status.Should().Be(AgreementStatus.InForce);
        pact.ValueCitations.Where(v => v.Property == nameof(Agreement.Status)).Select(v => (v.Rank, v.ClaimedValue, v.Citation))
            .Should().BeEquivalentTo(new[] { (ClaimRank.Normal, (string?)"Signed", pact.Citation), (ClaimRank.Preferred, (string?)null, force) });
    }

    [Fact]
    public void A_step_keeps_to_its_rules()
    {
        var (pact, _, _) = Pact();
        var brazil = new Nation("BR", "BRA", "076", "Brazil", Cite("Indonesia ratified it"));
        var parliament = new Organisation(new Nation("ID", "IDN", "360", "Indonesia", Cite("Indonesia ratified it")), "House of Representatives", OrganisationKind.GovernmentBody, Cite("Indonesia ratified it"));

        FluentActions.Invoking(() => pact.AddEvent(AgreementEventKind.Ratified, Cite("Indonesia ratified it"), null, brazil))
            .Should().Throw<DomainRuleException>().Where(e => e.Field == nameof(AgreementEvent.Party));
        FluentActions.Invoking(() => pact.AddEvent(AgreementEventKind.Signed, Cite("It was signed on 6 May 2026."), null, null, parliament))
            .Should().Throw<DomainRuleException>().Where(e => e.Field == nameof(AgreementEvent.ActingBody));
        FluentActions.Invoking(() => pact.AddEvent(AgreementEventKind.ScheduledToEnterIntoForce, Cite("It is due to take effect in 2031.")))
            .Should().Throw<DomainRuleException>().Where(e => e.Field == nameof(AgreementEvent.OccurredOn));

        pact.AddEvent(AgreementEventKind.Signed, Cite("It was signed on 6 May 2026."));
        FluentActions.Invoking(() => pact.AddEvent(AgreementEventKind.Signed, Cite("It was signed on 6 May 2026.")))
            .Should().Throw<DomainRuleException>().Where(e => e.Field == nameof(AgreementEvent.Kind));
        FluentActions.Invoking(() => pact.RecordEntryIntoForce(PartialDate.FromYear(2027)))
            .Should().Throw<DomainRuleException>().WithMessage("*AddEvent*", "once events record its legal life, its status follows from them alone");
    }
}
