using System.Text.Json;
using System.Text.Json.Nodes;
using DefenceTies.FactPacks;
using DefenceTies.Model;
using DefenceTies.Tests.FactPacks;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Tests.Cli;

/// <summary><c>import</c> of a report that disagrees, then <c>claims</c> and <c>rank</c>, run in process (InProcessTool).</summary>
public class CliClaimTests
{
    [Theory]
    [MemberData(nameof(ToolDatabases.File), MemberType = typeof(ToolDatabases))]
    public async Task A_disagreeing_report_is_imported_as_a_claim_listed_and_ranked(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateImportedAsync(kind, "test-india-vietnam.json");
        var directory = Directory.CreateTempSubdirectory("cli-claims-").FullName;
        File.Copy(FactPackImportTests.PackPath("test-india-vietnam-again.txt"), Path.Combine(directory, "test-india-vietnam-again.txt"));
        var pack = JsonNode.Parse(File.ReadAllText(FactPackImportTests.PackPath("test-india-vietnam-again.json")))!;
        pack["facts"]![0]!["status"] = "Agreed";
        var disagreeing = Path.Combine(directory, "disagreeing.json");
        File.WriteAllText(disagreeing, pack.ToJsonString());

        var imported = await InProcessTool.RunOnAsync(database, "import", disagreeing);
        var listed = await InProcessTool.RunOnAsync(database, "claims", "--json");

        imported.ExitCode.Should().Be(0, imported.Error);
        imported.Output.Should().Contain("contest").And.Contain("competing claims for status");
        listed.ExitCode.Should().Be(0, listed.Error);
        using var json = JsonDocument.Parse(listed.Output);
        var claim = json.RootElement.GetProperty("claims").EnumerateArray().Should().ContainSingle().Subject;
        claim.GetProperty("heldValue").GetString().Should().Be("Signed");
        claim.GetProperty("claimedValue").GetString().Should().Be("Agreed");
        claim.GetProperty("documentKey").GetString().Should().Be("test/india-vietnam-2025-03-again");
        var id = claim.GetProperty("claimId").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var missing = await InProcessTool.RunOnAsync(database, "rank", "999999", "preferred", "--reason", "x");
        var ranked = await InProcessTool.RunOnAsync(database, "rank", id, "preferred", "--reason", "The ministry's release says agreed.");

        missing.ExitCode.Should().Be(4, missing.Error);
        missing.Error.Should().Contain("no stored claim");
        ranked.ExitCode.Should().Be(0, ranked.Error);
        await using var db = database.CreateContext();
        (await db.Agreements.CountAsync(a => a.Status == AgreementStatus.Agreed && a.Subject == "defence industry cooperation")).Should().Be(1);
        (await db.ValueCitations.Where(v => v.ClaimedValue == "Signed").Select(v => v.RankReason).SingleAsync()).Should().StartWith("superseded");
        Directory.Delete(directory, recursive: true);
    }
}
