using DefenceTies.Model;
using FluentAssertions.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.UnitTests.Model;

/// <summary>
/// <c>default(PartialDate)</c> is not a date: every public API that takes a partial date refuses it
/// where it is passed, naming the field, instead of failing later somewhere unrelated.
/// </summary>
public class DefaultPartialDateTests
{
    // A variable, not the literal `default`: passed to a PartialDate? parameter, the literal would be null.
    private static PartialDate None => default;

    private static readonly SourceDocument Document = new("doc", null, PartialDate.FromYear(2024), "India and Thailand agreed.");
    private static readonly Citation Cite = Document.Cite("India and Thailand agreed.");

    public static TheoryData<string> RefusingApis => new(Refusals.Keys);

    private static readonly Dictionary<string, Action> Refusals = new()
    {
        ["SourceDocument.PublishedOn"] = () => _ = new SourceDocument("key", null, None, "text"),
        ["Engagement.HeldOn"] = () => _ = new Engagement(EngagementKind.Talks, "talks", None, Cite),
        ["Agreement.ConcludedOn"] = () => _ = NewAgreement(concludedOn: None),
        ["Agreement.EnteredIntoForceOn"] = () => _ = NewAgreement(enteredIntoForceOn: None),
        ["Agreement.EndedOn"] = () => _ = NewAgreement(endedOn: None),
        ["Agreement.RecordEntryIntoForce"] = () => NewAgreement().RecordEntryIntoForce(None),
        ["Agreement.RecordEnd"] = () => NewAgreement().RecordEnd(None),
        ["PostHolding.StartedOn"] = () => _ = NewHolding(startedOn: None),
        ["PostHolding.EndedOn"] = () => _ = NewHolding(endedOn: None),
        ["PostHolding.RecordEnd"] = () => NewHolding().RecordEnd(None),
        ["MilitaryExercise.StartedOn"] = () => _ = new ExerciseSeries("MAITREE", Cite).AddEdition(Cite, startedOn: None),
        ["MilitaryExercise.EndedOn"] = () => _ = new ExerciseSeries("MAITREE", Cite).AddEdition(Cite, endedOn: None),
        ["Statement.ByPerson"] = () => _ = Statement.ByPerson(new Person("Nagesh Singh", Cite), StatementForm.ReportedSpeech, "agreed", Cite, None),
        ["Statement.ByOrganisation"] = () => _ = Statement.ByOrganisation(Ministry(), StatementForm.ReportedSpeech, "agreed", Cite, None),
    };

    /// <summary>The field each API call names in its <see cref="DomainRuleException"/>.</summary>
    private static readonly Dictionary<string, string> NamedField = new()
    {
        ["Agreement.RecordEntryIntoForce"] = "Agreement.EnteredIntoForceOn",
        ["Agreement.RecordEnd"] = "Agreement.EndedOn",
        ["PostHolding.RecordEnd"] = "PostHolding.EndedOn",
        ["Statement.ByPerson"] = "Statement.MadeOn",
        ["Statement.ByOrganisation"] = "Statement.MadeOn",
    };

    [Theory]
    [MemberData(nameof(RefusingApis))]
    public void Every_entity_api_refuses_the_default_date_naming_the_field(string api)
    {
        var field = NamedField.GetValueOrDefault(api, api);

        var error = Refusals[api].Should().Throw<DomainRuleException>().Which;

        $"{error.Entity}.{error.Field}".Should().Be(field);
        error.Value.Should().Be(None);
        error.Message.Should().StartWith($"{field} '0000' is invalid: default(PartialDate) is not a date");
    }

    [Fact]
    public void Optional_dates_still_take_null_for_not_stated()
    {
        var create = () => new PostHolding(new Person("Nagesh Singh", Cite), new Post(India(), "Ambassador to Thailand", Cite), Cite, startedOn: null, endedOn: null);

        create.Should().NotThrow();
    }

    [Fact]
    public void The_default_date_has_no_calendar_days_and_says_so()
    {
        using var scope = new AssertionScope();

        None.Year.Should().Be(0);
        (None == default).Should().BeTrue("the documented test for it");
        None.Invoking(d => d.EarliestDay).Should().Throw<InvalidOperationException>().WithMessage("default(PartialDate) is not a date*");
        None.Invoking(d => d.LatestDay).Should().Throw<InvalidOperationException>().WithMessage("default(PartialDate) is not a date*");
        None.Invoking(d => d.Contains(new DateOnly(2024, 1, 1))).Should().Throw<InvalidOperationException>().WithMessage("default(PartialDate) is not a date*");
        PartialDate.TryParse(None.ToString(), out _).Should().BeFalse("its text is not a date either");
    }

    [Fact]
    public void Every_mapped_partial_date_refuses_to_convert_the_default_date_for_the_database()
    {
        using var db = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").Options);
        var dateProperties = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(PartialDate))
            .ToList();

        dateProperties.Should().HaveCountGreaterThan(5);
        foreach (var property in dateProperties)
        {
            var converter = property.GetTypeMapping().Converter!;
            converter.Invoking(c => c.ConvertToProvider(None)).Should().Throw<ArgumentException>($"{property.DeclaringType.DisplayName()}.{property.Name} is stored through the converter")
                .WithMessage("default(PartialDate) is not a date*");
            converter.ConvertToProvider(PartialDate.FromYear(2012)).Should().Be("2012");
        }
    }

    private static Nation India() => new("IN", "IND", "356", "India", Cite);

    private static Organisation Ministry() => new(India(), "Defence Ministry", OrganisationKind.DefenceMinistry, Cite);

    private static Agreement NewAgreement(PartialDate? concludedOn = null, PartialDate? enteredIntoForceOn = null, PartialDate? endedOn = null) =>
        new("MoU", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Signed, "defence cooperation", concludedOn, Cite, enteredIntoForceOn: enteredIntoForceOn, endedOn: endedOn);

    private static PostHolding NewHolding(PartialDate? startedOn = null, PartialDate? endedOn = null) =>
        new(new Person("Nagesh Singh", Cite), new Post(India(), "Ambassador to Thailand", Cite), Cite, startedOn, endedOn);
}
