using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

/// <summary>Domain rules hold when objects are built: bad input is refused with a message naming entity, field and value.</summary>
public class ModelRuleTests
{
    private static readonly SourceDocument Document = new("doc", null, PartialDate.FromYear(2024), "India and Thailand agreed. Both armies trained.");
    private static readonly Citation Cite = Document.Cite("India and Thailand agreed.");

    private static Nation India() => new("IN", "IND", "356", "India", Cite);

    private static Nation Thailand() => new("TH", "THA", "764", "Thailand", Cite);

    [Theory]
    [InlineData("in", "IND", "356", "Alpha2Code")]
    [InlineData("I", "IND", "356", "Alpha2Code")]
    [InlineData("IN", "IN1", "356", "Alpha3Code")]
    [InlineData("IN", "IND", "36", "NumericCode")]
    [InlineData("IN", "IND", "3a6", "NumericCode")]
    public void Nation_refuses_malformed_iso_codes(string alpha2, string alpha3, string numeric, string field)
    {
        var create = () => new Nation(alpha2, alpha3, numeric, "India", Cite);

        create.Should().Throw<DomainRuleException>()
            .Where(e => e.Entity == "Nation" && e.Field == field)
            .WithMessage($"Nation.{field} *");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" India")]
    public void Names_may_not_be_blank_or_padded(string name)
    {
        var create = () => new Nation("IN", "IND", "356", name, Cite);

        create.Should().Throw<DomainRuleException>().Where(e => e.Field == "Name");
    }

    [Fact]
    public void Names_are_bounded_in_length()
    {
        var create = () => new CooperationArea(new string('x', CooperationArea.NameMaxLength + 1), Cite);

        create.Should().Throw<DomainRuleException>().WithMessage("*at most 200 characters*");
    }

    [Fact]
    public void A_document_keeps_its_text_exactly_as_received_but_not_blank()
    {
        var file = new SourceDocument("list", null, PartialDate.FromYear(2023), "alpha2,name\nIN,India\n");
        var blank = () => new SourceDocument("blank", null, PartialDate.FromYear(2023), " \n");

        file.Text.Should().EndWith("India\n", "a file's final line break is part of what was received");
        blank.Should().Throw<DomainRuleException>().Where(e => e.Field == "Text");
    }

    [Fact]
    public void A_citation_must_occur_verbatim_in_its_document()
    {
        var cite = () => Document.Cite("India and Thailand signed a treaty.");

        cite.Should().Throw<DomainRuleException>().WithMessage("*does not occur verbatim*");
    }

    [Fact]
    public void A_citation_records_where_the_passage_stands()
    {
        var citation = Document.Cite("Both armies trained.");

        citation.StartIndex.Should().Be(Document.Text.IndexOf("Both", StringComparison.Ordinal));
        citation.Length.Should().Be("Both armies trained.".Length);
    }

    [Fact]
    public void An_agreement_names_each_party_once()
    {
        var india = India();
        var agreement = new Agreement("MoU", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Signed, "defence cooperation", PartialDate.FromYear(2012), Cite);
        agreement.AddParty(india, Cite);

        var again = () => agreement.AddParty(india, Cite);

        again.Should().Throw<DomainRuleException>().WithMessage("AgreementParty.Nation 'IN' is invalid*distinct*");
        agreement.Parties.Should().ContainSingle();
    }

    [Fact]
    public void An_agreement_cannot_end_before_it_was_concluded()
    {
        var create = () => new Agreement("MoU", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Ended, "defence cooperation", PartialDate.FromYear(2012), Cite, endedOn: PartialDate.FromYearMonth(2011, 6));

        create.Should().Throw<DomainRuleException>().Where(e => e.Field == "EndedOn").WithMessage("*'2011-06'*before the start (2012)*");
    }

    [Fact]
    public void An_end_in_the_same_year_as_a_finer_start_is_accepted()
    {
        var holding = () => new PostHolding(new Person("A", Cite), new Post(India(), "Envoy", Cite), Cite, PartialDate.FromYearMonth(2012, 5), PartialDate.FromYear(2012));

        holding.Should().NotThrow();
    }

    [Fact]
    public void A_delegation_has_one_leader_and_members_serve_in_posts_of_its_nation()
    {
        var india = India();
        var thailand = Thailand();
        var talks = new Engagement(EngagementKind.Talks, "co-production", PartialDate.FromYearMonthDay(2024, 12, 12), Cite);
        var delegation = talks.AddDelegation(india, Cite);
        delegation.AddMember(new Person("A", Cite), DelegationRole.Leader, Cite);

        var secondLeader = () => delegation.AddMember(new Person("B", Cite), DelegationRole.Leader, Cite);
        var foreignPost = () => delegation.AddMember(new Person("C", Cite), DelegationRole.Member, Cite, new Post(thailand, "Deputy Permanent Secretary for Defence", Cite));
        var secondDelegation = () => talks.AddDelegation(india, Cite);

        secondLeader.Should().Throw<DomainRuleException>().WithMessage("*at most one leader*");
        foreignPost.Should().Throw<DomainRuleException>().WithMessage("*must belong to the delegation's nation (IN)*");
        secondDelegation.Should().Throw<DomainRuleException>().WithMessage("*at most one delegation*");
    }

    [Fact]
    public void Policies_and_nations_are_never_related_to_themselves()
    {
        var india = India();
        var actEast = new Policy(india, "Act East", Cite);

        ((Action)(() => _ = new PolicyLink(actEast, PolicyLinkKind.Complements, actEast, Cite))).Should().Throw<DomainRuleException>();
        ((Action)(() => _ = new NationRelation(india, NationRelationKind.MaritimeNeighbour, india, Cite))).Should().Throw<DomainRuleException>();
        ((Action)(() => _ = new PolicyPartner(actEast, india, Cite))).Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_direct_quotation_must_appear_in_its_citation()
    {
        var ministry = new Organisation(India(), "Defence Ministry", OrganisationKind.DefenceMinistry, Cite);

        var misquote = () => Statement.ByOrganisation(ministry, StatementForm.DirectQuotation, "Thailand is a treaty ally", Cite);

        misquote.Should().Throw<DomainRuleException>().WithMessage("*verbatim*");
    }

    [Fact]
    public void An_exercise_service_belongs_to_the_participating_nation()
    {
        var india = India();
        var thaiArmy = new Organisation(Thailand(), "Thai Army", OrganisationKind.Army, Cite);
        var exercise = new ExerciseSeries("MAITREE", Cite).AddEdition(Cite);

        var wrong = () => exercise.AddParticipant(india, Cite, thaiArmy);

        wrong.Should().Throw<DomainRuleException>().WithMessage("*Thai Army*must belong to the participating nation (IN)*");
    }

    [Fact]
    public void A_series_holds_each_edition_it_adds_under_its_own_start_date()
    {
        var series = new ExerciseSeries("MAITREE", Cite);

        var first = series.AddEdition(Cite, PartialDate.FromYear(2019));
        var second = series.AddEdition(Cite, PartialDate.FromYearMonth(2024, 7), name: "MAITREE 2024");

        series.Editions.Should().Equal(first, second);
        first.Series.Should().BeSameAs(series);
        first.Name.Should().BeNull("an edition the source does not name has no name of its own: the series names it");
        second.Name.Should().Be("MAITREE 2024");
        second.StartedOn.Should().Be(PartialDate.FromYearMonth(2024, 7));
    }

    [Fact]
    public void A_series_refuses_a_second_edition_with_the_same_start_date_but_not_a_second_undated_one()
    {
        var series = new ExerciseSeries("MAITREE", Cite);
        series.AddEdition(Cite, PartialDate.FromYear(2024));
        series.AddEdition(Cite);

        var again = () => series.AddEdition(Cite, PartialDate.FromYear(2024), name: "MAITREE 2024");
        var undated = () => series.AddEdition(Cite);

        again.Should().Throw<DomainRuleException>().Where(e => e.Entity == "MilitaryExercise" && e.Field == "StartedOn")
            .WithMessage("*identified by its series and start date*");
        undated.Should().NotThrow("an undated edition is told apart by nothing, so a second one is not refused");
        series.Editions.Should().HaveCount(3);
    }

    [Fact]
    public void An_edition_ends_not_before_it_started()
    {
        var series = new ExerciseSeries("MAITREE", Cite);

        var backwards = () => series.AddEdition(Cite, PartialDate.FromYear(2024), PartialDate.FromYear(2023));

        backwards.Should().Throw<DomainRuleException>().Where(e => e.Field == "EndedOn");
        series.Editions.Should().BeEmpty("a refused edition is not added");
    }

    [Fact]
    public void An_envoys_post_is_accredited_to_another_nation_than_its_own()
    {
        var india = India();
        var thailand = Thailand();

        var envoy = new Post(india, "Ambassador to Thailand", Cite, accreditedTo: thailand);
        var toItself = () => new Post(india, "Ambassador to India", Cite, accreditedTo: India());

        envoy.AccreditedTo.Should().BeSameAs(thailand);
        new Post(india, "Joint Secretary", Cite).AccreditedTo.Should().BeNull();
        toItself.Should().Throw<DomainRuleException>()
            .Where(e => e.Entity == "Post" && e.Field == "AccreditedTo" && Equals(e.Value, "IN"))
            .WithMessage("*other than the one the post serves*", "another object for the same nation is the same nation");
    }

    [Fact]
    public void Undefined_enum_values_are_refused()
    {
        var create = () => new Region("Bay of Bengal", (RegionKind)42, Cite);

        create.Should().Throw<DomainRuleException>().Where(e => e.Field == "Kind");
    }
}
