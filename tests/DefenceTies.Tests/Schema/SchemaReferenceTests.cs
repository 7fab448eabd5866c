using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Schema;

public class SchemaReferenceTests
{
    /// <summary>Set by sql/regenerate.sh: write the reference there instead of checking it.</summary>
    private const string OutputVariable = "DEFENCETIES_SCHEMA_DOC_OUTPUT";

    [Fact]
    public void Docs_schema_md_is_generated_from_the_current_model()
    {
        var generated = SchemaReference.Generate();
        var output = Environment.GetEnvironmentVariable(OutputVariable);
        if (!string.IsNullOrEmpty(output))
        {
            File.WriteAllText(output, generated);
            return;
        }

        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schema.md")).ReplaceLineEndings("\n");
        committed.Should().Be(generated, "docs/schema.md must be regenerated with `bash sql/regenerate.sh` after a model change");
    }

    [Fact]
    public void The_reference_documents_every_table_check_and_relationship()
    {
        var reference = SchemaReference.Generate();

        reference.Should().Contain("```mermaid\nerDiagram");
        reference.Should().Contain("### nations").And.Contain("ck_nations_alpha2_code").And.Contain("alpha2_code ~ '^[A-Z]{2}$'");
        reference.Should().Contain("SQLite: `alpha2_code GLOB '[A-Z][A-Z]'`");
        reference.Should().Contain("nations ||--o{ agreement_parties : \"nation_id\"");
        reference.Should().Contain("ux_delegation_members_one_leader");
    }
}
