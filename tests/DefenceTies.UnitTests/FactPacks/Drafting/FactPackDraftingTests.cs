using System.Text;
using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using DefenceTies.FactPacks.Drafting;
using DefenceTies.Model;
using FluentAssertions;
using Xunit;

namespace DefenceTies.UnitTests.FactPacks.Drafting;

/// <summary>
/// Issue 27, in part: a draft's document block (the publication date from the text's header, else the
/// one given, else an error naming both), its nation and date candidates with verbatim passages and
/// positions, and the refusal of a pack holding candidates by every loading path.
/// </summary>
public class FactPackDraftingTests
{
    [Fact]
    public void The_built_in_report_drafts_with_its_header_date_hash_and_candidates_at_their_places()
    {
        var text = PackEditor.ReportText;
        var draft = FactPackDrafting.Draft(text, "000_8dee3c78e5bad958", "000_8dee3c78e5bad958.txt");

        (draft.PublishedOn, draft.PublishedOnFromText).Should().Be((PartialDate.Parse("2024-12-13"), true));
        draft.ContentSha256.Should().Be((string)PackEditor.Report()["document"]!["sha256"]!);
        draft.Candidates.Should().OnlyContain(c => text.Substring(c.Position, c.Passage.Length) == c.Passage, "every passage is the text's own, at its position");
        draft.Candidates.Where(c => c.Kind == "date").Select(c => (c.Value, c.Passage)).Should().Equal(("2024-12-12", "December 12, 2024"), ("2012", "2012"));
        draft.Candidates.Where(c => c.Kind == "nation").Select(c => c.Value).Distinct().Should().Contain(["IN", "TH"]);
        draft.Candidates.Should().Contain(c => c.Kind == "nation" && c.Value == "TH" && c.Passage == "Thai", "an adjective names its nation");
        draft.Candidates.Should().NotContain(c => c.Value == "2024-12-13", "the header's date is the publication date, not a date the report writes");
    }

    [Fact]
    public void A_text_without_a_header_takes_the_date_given_and_reads_a_yearless_date_against_it()
    {
        var draft = FactPackDrafting.Draft("HANOI — Vietnam and the Philippines held talks on March 3.\n", "k", "k.txt", PartialDate.Parse("2025-03-05"));

        (draft.PublishedOn, draft.PublishedOnFromText).Should().Be((PartialDate.Parse("2025-03-05"), false));
        var date = draft.Candidates.Single(c => c.Kind == "date");
        (date.Value, date.Passage).Should().Be(("2025-03-03", "March 3"));
        date.Note.Should().StartWith("Implied: the text gives no year");
        draft.Candidates.Where(c => c.Kind == "nation").Select(c => c.Value).Should().Equal("VN", "PH");
    }

    [Fact]
    public void The_header_may_follow_blank_lines_and_share_its_line_with_the_dateline()
    {
        var draft = FactPackDrafting.Draft("\n  \n date 2025-03-14 DHAKA, March 14, 2025 — Bangladesh hosted the forum.\n", "k", "k.txt", PartialDate.Parse("1999"));
        draft.PublishedOn.Should().Be(PartialDate.Parse("2025-03-14"), "the header wins over the date given");
        draft.Candidates.Should().Contain(c => c.Kind == "date" && c.Passage == "March 14, 2025");
    }

    [Theory]
    [InlineData("Bangladesh hosted the forum.\n", "no 'date YYYY-MM-DD' header", "--published")]
    [InlineData("date 2025-02-30 Bangladesh hosted the forum.\n", "'date 2025-02-30'", "not a real date")]
    public void Without_a_usable_date_the_draft_is_refused_naming_what_to_give(string text, string named, string alsoNamed)
    {
        var act = () => FactPackDrafting.Draft(text, "k", "k.txt");
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain(named).And.Contain(alsoNamed);
    }

    [Fact]
    public void Read_refuses_a_pack_that_holds_candidates_naming_each()
    {
        var (json, text) = Drafted();
        using var pack = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var refusal = FluentActions.Invoking(() => FactPack.Read(pack, body, "draft.json")).Should().Throw<FactPackException>().Which;
        refusal.Problems.Should().HaveCount(JsonNode.Parse(json)!["candidates"]!.AsArray().Count).And.OnlyContain(p => p.Path.StartsWith("$.candidates[", StringComparison.Ordinal) && p.Message.Contains("unreviewed", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_refuses_a_pack_that_holds_candidates()
    {
        var path = WriteDraft();
        FluentActions.Invoking(() => FactPack.Load(path)).Should().Throw<FactPackException>().Which.Problems.Should().Contain(p => p.Path == "$.candidates[0]");
    }

    [Fact]
    public async Task LoadAsync_refuses_a_pack_that_holds_candidates()
    {
        var path = WriteDraft();
        (await FluentActions.Awaiting(() => FactPack.LoadAsync(path)).Should().ThrowAsync<FactPackException>()).Which.Problems.Should().Contain(p => p.Path == "$.candidates[0]");
    }

    [Fact]
    public void A_reviewed_draft_with_its_candidates_removed_loads()
    {
        var (json, text) = Drafted();
        var pack = JsonNode.Parse(json)!.AsObject();
        pack.Remove("candidates");
        PackEditor.Read(pack, text).FactCount.Should().Be(0);
    }

    private static (string Json, string Text) Drafted()
    {
        var text = PackEditor.ReportText;
        return (FactPackDrafting.Draft(text, "draft/report", "report.txt").ToJson(), text);
    }

    private static string WriteDraft()
    {
        var folder = Directory.CreateTempSubdirectory("defenceties-draft-");
        var (json, text) = Drafted();
        File.WriteAllText(Path.Combine(folder.FullName, "report.txt"), text);
        File.WriteAllText(Path.Combine(folder.FullName, "draft.json"), json);
        return Path.Combine(folder.FullName, "draft.json");
    }
}

/// <summary>The people, titles and quotations a draft proposes, on the built-in report and made-up sentences.</summary>
public class PeopleAndQuotationCandidateTests
{
    [Fact]
    public void The_built_in_reports_people_titles_and_quotation_are_proposed()
    {
        var text = PackEditor.ReportText;
        var draft = FactPackDrafting.Draft(text, "k", "k.txt");

        draft.Candidates.Where(c => c.Kind == "person").Select(c => c.Value).Should().BeEquivalentTo(["Amitabh Prasad", "Tharapong Malakam", "Nagesh Singh"]);
        draft.Candidates.Single(c => c.Kind == "person" && c.Value == "Tharapong Malakam").Note.Should().Be("rank: Gen");
        draft.Candidates.Where(c => c.Kind == "title").Select(c => c.Value).Should().Contain(t => t.EndsWith("Joint Secretary (International Cooperation)", StringComparison.Ordinal))
            .And.Contain("Deputy Permanent Secretary for Defence").And.Contain("Indian Ambassador to Thailand");
        var quotation = draft.Candidates.Single(c => c.Kind == "quotation");
        quotation.Value.Should().StartWith("Thailand is a maritime neighbour").And.EndWith("substantive elevation of bilateral relations");
        quotation.Note.Should().Be("speaker as written: the defence ministry");
        draft.Candidates.Should().OnlyContain(c => text.Substring(c.Position, c.Passage.Length) == c.Passage);
    }

    [Fact]
    public void A_surname_after_an_honorific_is_the_person_named_earlier_and_a_short_quote_is_a_term()
    {
        var draft = FactPackDrafting.Draft(
            "date 2025-03-05 Defence Minister Keiko Ito met the \"Blue Water\" group. \"We will train together every year,\" Ms. Ito said.",
            "k", "k.txt");

        draft.Candidates.Where(c => c.Kind == "person").Select(c => (c.Value, c.Passage)).Should().Equal(("Keiko Ito", "Defence Minister Keiko Ito"), ("Keiko Ito", "Ms. Ito"));
        draft.Candidates.Single(c => c.Kind == "title").Value.Should().Be("Defence Minister");
        var quotation = draft.Candidates.Single(c => c.Kind == "quotation");
        (quotation.Value, quotation.Note).Should().Be(("We will train together every year", "speaker as written: Ms. Ito"));
    }
}

/// <summary>Dates a report gives relative to its publication, each resolved against it and noted as a reading.</summary>
public class RelativeDateCandidateTests
{
    [Theory]
    [InlineData("The ministers met on Friday in Dhaka.", "on Friday", "2025-03-14", "the Friday it was published")]
    [InlineData("The ministers met on Tuesday in Dhaka.", "on Tuesday", "2025-03-11", "the Tuesday before it")]
    [InlineData("The ministers will meet again on Tuesday.", "on Tuesday", "2025-03-18", "the first Tuesday after it")]
    [InlineData("The navy said yesterday that the drills had ended.", "yesterday", "2025-03-13", "the day before it")]
    [InlineData("The two sides signed the plan last month.", "last month", "2025-02", "the month before it")]
    [InlineData("Thailand will chair the forum next year.", "next year", "2026", "the year after it")]
    public void A_relative_date_is_resolved_against_the_publication_date_and_noted(string sentence, string passage, string value, string how)
    {
        // 2025-03-14 is a Friday.
        var draft = FactPackDrafting.Draft($"date 2025-03-14 {sentence}\n", "k", "k.txt");

        var date = draft.Candidates.Single(c => c.Kind == "date");
        (date.Passage, date.Value).Should().Be((passage, value));
        date.Note.Should().StartWith("Implied:").And.Contain(how);
    }

    [Fact]
    public void A_weekday_with_its_date_is_the_date_readers_and_a_month_relative_date_needs_the_month()
    {
        var dated = FactPackDrafting.Draft("date 2025-03-14 They met on Friday, March 14.\n", "k", "k.txt");
        dated.Candidates.Where(c => c.Kind == "date").Select(c => c.Passage).Should().Equal("Friday, March 14");

        var coarse = FactPackDrafting.Draft("They met yesterday and will meet again next year.\n", "k", "k.txt", PartialDate.Parse("2025"));
        coarse.Candidates.Where(c => c.Kind == "date").Select(c => (c.Passage, c.Value)).Should().Equal(("next year", "2026"));
    }
}
