using DefenceTies.Model;

namespace DefenceTies.UnitTests.Model;

/// <summary>How a passage supports a fact is checked when the citation is made: notes for readings, reference support for reference data only, occurrences counted.</summary>
public class CitationRuleTests
{
    private static readonly SourceDocument Report = new("report", null, PartialDate.FromYear(2024), "Both armies trained. Both armies trained again.");
    private static readonly SourceDocument Codes = new("codes", null, PartialDate.FromYear(2023), "IN,IND,356,India", SourceOrigin.ReferenceData);

    [Fact]
    public void A_news_passage_is_stated_and_a_reference_line_is_reference()
    {
        Report.Cite("Both armies trained.").Support.Should().Be(SupportKind.Stated);
        Codes.Cite("IN,IND,356,India").Support.Should().Be(SupportKind.Reference);
    }

    [Fact]
    public void A_reading_needs_a_note_and_a_news_report()
    {
        var implied = Report.Infer("Both armies trained.", "'Both armies' are the two nations' armies.");
        implied.Support.Should().Be(SupportKind.Implied);
        implied.Note.Should().Contain("two nations");

        var noNote = () => Report.Infer("Both armies trained.", " ");
        noNote.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Note");
        var onReference = () => Codes.Infer("IN,IND,356,India", "a reading of a code list");
        onReference.Should().Throw<DomainRuleException>().Which.Rule.Should().Contain("ReferenceData");
    }

    [Fact]
    public void A_repeated_passage_is_cited_by_occurrence()
    {
        Report.Cite("Both armies trained", occurrence: 2).StartIndex.Should().Be(21);
        var third = () => Report.Cite("Both armies trained", occurrence: 3);
        third.Should().Throw<DomainRuleException>().Which.Rule.Should().Contain("3 times (only 2)");
    }

    [Fact]
    public void Reference_data_is_nobodys_claim_and_a_citation_corroborates_a_primary_one()
    {
        var nation = new Nation("IN", "IND", "356", "India", Codes.Cite("IN,IND,356,India"));
        var statement = Statement.ByPerson(new Person("Someone", Report.Cite("Both armies trained.")), StatementForm.ReportedSpeech, "Both armies trained", Report.Cite("Both armies trained."));
        var claim = () => nation.Citation.ClaimedIn(statement);
        claim.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Statement");

        var second = Report.Cite("Both armies trained again.");
        second.Corroborate(nation).Corroborates.Should().BeSameAs(nation.Citation);
        var self = () => nation.Citation.Corroborate(nation);
        self.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void Unstated_names_stay_absent_and_a_label_is_computed()
    {
        var india = new Nation("IN", "IND", "356", "India", Codes.Cite("IN,IND,356,India"));
        var army = new Organisation(india, null, OrganisationKind.Army, Report.Infer("Both armies trained.", "one of both armies"));
        army.Name.Should().BeNull();
        army.DisplayName.Should().Be("India's army");
        new Agreement(null, AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Signed, "defence cooperation", PartialDate.FromYear(2012), Report.Cite("Both armies trained."))
            .DisplayTitle.Should().Be("memorandum of understanding on defence cooperation");
    }
}
