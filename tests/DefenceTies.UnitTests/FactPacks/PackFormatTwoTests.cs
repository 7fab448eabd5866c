using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using FluentAssertions;
using Xunit;

namespace DefenceTies.UnitTests.FactPacks;

/// <summary>
/// Format version 2 on its own (no database): every fact has an id, any value may carry its own
/// citation, each stated value is checked against its own passage (texts, dates, nations), and every
/// problem of a fact is reported at once, including those of facts refused for referring to it.
/// </summary>
public class PackFormatTwoTests
{
    private const string Decision = "decisionToEstablish";

    [Fact]
    public void The_built_in_report_is_written_in_version_2()
    {
        PackEditor.Read(PackEditor.Report()).Version.Should().Be(2).And.Be(FactPack.FormatVersion);
    }

    [Fact]
    public void A_version_2_fact_without_an_id_is_refused()
    {
        var pack = PackEditor.Report();
        PackEditor.Fact(pack, 3).Remove("id");

        PackEditor.Problems(pack).Should().Contain(p => p.Path == "$.facts[3]" && p.Message.Contains("id"));
    }

    [Fact]
    public void A_version_1_pack_reads_without_ids_and_refuses_value_citations()
    {
        var pack = PackEditor.Report();
        pack["version"] = 1;
        foreach (var fact in pack["facts"]!.AsArray())
        {
            fact!.AsObject().Remove("valueCites");
        }

        // The significance of the decision and of the group is stated in other sentences than the
        // facts': without citations of their own, version 1 cannot hold them.
        PackEditor.Fact(pack, PackEditor.IndexOf(pack, Decision)).Remove("significance");
        PackEditor.Fact(pack, PackEditor.IndexOf(pack, "jointWorkingGroup")).Remove("significance");

        // Without a citation of its own, the aim's nation ("it") makes its whole citation a reading.
        var aim = PackEditor.Fact(pack, PackEditor.IndexOf(pack, "indiaAimsToExport"))["cite"]!.AsObject();
        aim["support"] = "Implied";
        aim["note"] = "'it' is India.";

        PackEditor.Fact(pack, 9).Remove("id");
        PackEditor.Read(pack).Version.Should().Be(1);

        PackEditor.Fact(pack, 3)["valueCites"] = new JsonObject { ["name"] = StatedCite("Amitabh Prasad") };

        PackEditor.Problems(pack).Should().Contain(new FactPackProblem("$.facts[3].valueCites",
            "version 1 has no valueCites; write the pack in version 2 (every fact with an id) to cite a value on its own."));
    }

    [Fact]
    public void A_value_may_carry_its_own_citation_which_the_stated_check_uses()
    {
        var pack = PackEditor.Report();
        var agreement = PackEditor.Fact(pack, PackEditor.IndexOf(pack, Decision));
        agreement["cite"] = StatedCite("both countries agreed to establish a joint working group");

        // The fact's passage no longer writes the date: the date needs a citation of its own.
        PackEditor.Problems(pack).Should().ContainSingle(p => p.Path.EndsWith(".concludedOn", StringComparison.Ordinal))
            .Which.Message.Should().Contain("2024-12-12").And.Contain("does not write it");

        agreement["valueCites"]!.AsObject()["concludedOn"] = StatedCite("On December 12, 2024");
        PackEditor.Read(pack).Should().NotBeNull();
    }

    [Fact]
    public void A_stated_date_must_be_written_in_its_passage_at_its_precision()
    {
        var pack = PackEditor.Report();
        PackEditor.Fact(pack, PackEditor.IndexOf(pack, Decision))["concludedOn"] = "2024-12-11";

        PackEditor.Problems(pack).Should().Contain(p => p.Path.EndsWith(".concludedOn", StringComparison.Ordinal) && p.Message.Contains("2024-12-11"));
    }

    [Fact]
    public void A_stated_nation_must_be_named_in_its_passage()
    {
        var pack = PackEditor.Report();
        var aim = PackEditor.Fact(pack, PackEditor.IndexOf(pack, "indiaAimsToExport"));
        aim.Remove("valueCites");

        PackEditor.Problems(pack).Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = $"$.facts[{PackEditor.IndexOf(pack, "indiaAimsToExport")}].nation" });

        aim["nation"] = "TH";
        aim["cite"]!["passage"] = "This initiative is part of India’s broader strategy";
        aim["description"] = "broader strategy";
        PackEditor.Problems(pack).Should().ContainSingle().Which.Message.Should().Contain("TH").And.Contain("does not name it");
    }

    [Fact]
    public void A_value_citation_for_a_property_the_fact_does_not_have_is_refused()
    {
        var pack = PackEditor.Report();
        PackEditor.Fact(pack, PackEditor.IndexOf(pack, Decision))["valueCites"] = new JsonObject { ["heldOn"] = StatedCite("On December 12, 2024") };

        PackEditor.Problems(pack).Should().Contain(p => p.Path.Contains("valueCites") && p.Message.Contains("heldOn"));
    }

    [Fact]
    public void A_value_citation_is_checked_like_any_citation()
    {
        var pack = PackEditor.Report();
        var index = PackEditor.IndexOf(pack, Decision);
        PackEditor.Fact(pack, index)["valueCites"] = new JsonObject { ["concludedOn"] = new JsonObject { ["passage"] = "on Friday", ["support"] = "Implied" } };

        PackEditor.Problems(pack).Should().Contain(p => p.Path.StartsWith($"$.facts[{index}].valueCites.concludedOn", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_inside_one_fact_is_reported_at_once()
    {
        var pack = PackEditor.Report();
        var index = PackEditor.IndexOf(pack, Decision);
        var agreement = PackEditor.Fact(pack, index);
        agreement["concludedOn"] = "2024-02-30";
        agreement["parties"]![1]!["nation"] = "OB";
        agreement["parties"]![0]!["cite"]!["passage"] = "not in the report";

        var paths = PackEditor.Problems(pack).Select(p => p.Path).ToList();

        paths.Should().Contain([$"$.facts[{index}].concludedOn", $"$.facts[{index}].parties[1].nation", $"$.facts[{index}].parties[0].cite.passage"]);
    }

    [Fact]
    public void A_fact_refused_for_referring_to_a_refused_fact_is_reported_naming_it()
    {
        var pack = PackEditor.Report();
        var index = PackEditor.IndexOf(pack, Decision);
        PackEditor.Fact(pack, index)["concludedOn"] = "2024-02-30";
        var group = PackEditor.IndexOf(pack, "jointWorkingGroup");

        PackEditor.Problems(pack).Should().Contain(p => p.Path == $"$.facts[{group}].establishedBy"
            && p.Message.Contains($"'{Decision}' is the fact at $.facts[{index}], which is refused"));
    }

    private static JsonObject StatedCite(string passage) => new() { ["passage"] = passage, ["support"] = "Stated" };

    [Fact]
    public void A_reference_to_a_stored_fact_reads_on_its_own_and_is_checked_at_import_but_never_names_the_packs_own_document()
    {
        var pack = PackEditor.Report();
        var talks = PackEditor.IndexOf(pack, "talks");
        PackEditor.Fact(pack, talks)["corroborates"] = new JsonObject { ["document"] = "earlier-report", ["fact"] = "$.facts[6]" };
        PackEditor.Read(pack).Should().NotBeNull("the database is needed to check it");

        PackEditor.Fact(pack, talks)["corroborates"] = new JsonObject { ["document"] = "earlier-report", ["fact"] = "engagement/42" };
        PackEditor.Read(pack).Should().NotBeNull("a fact stored without a key is named by its kind and id");

        PackEditor.Fact(pack, talks)["corroborates"] = new JsonObject { ["document"] = pack["document"]!["key"]!.GetValue<string>(), ["fact"] = "talks" };
        PackEditor.Problems(pack).Should().ContainSingle(p => p.Path.StartsWith($"$.facts[{talks}]", StringComparison.Ordinal))
            .Which.Should().BeEquivalentTo(new { Path = $"$.facts[{talks}].corroborates.document" });
    }

    [Fact]
    public void A_malformed_reference_and_a_reference_in_version_1_are_refused()
    {
        var pack = PackEditor.Report();
        var talks = PackEditor.IndexOf(pack, "talks");
        PackEditor.Fact(pack, talks)["corroborates"] = new JsonObject { ["document"] = "earlier-report", ["fact"] = "the talks" };
        PackEditor.Problems(pack).Should().Contain(p => p.Path == $"$.facts[{talks}].corroborates.fact" || p.Path == $"$.facts[{talks}].corroborates");

        pack["version"] = 1;
        foreach (var fact in pack["facts"]!.AsArray())
        {
            fact!.AsObject().Remove("valueCites");
        }

        PackEditor.Fact(pack, talks)["corroborates"] = new JsonObject { ["document"] = "earlier-report", ["fact"] = "talks" };
        PackEditor.Problems(pack).Should().Contain(new FactPackProblem($"$.facts[{talks}].corroborates",
            "version 1 says only true or false; write the pack in version 2 (every fact with an id) to name the stored fact it restates by its reference."));
    }
}
