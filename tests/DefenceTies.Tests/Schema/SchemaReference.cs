using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Tests.Schema;

/// <summary>
/// Writes docs/schema.md from the EF Core model: a Mermaid erDiagram and, per table, its columns
/// (PostgreSQL and SQLite types), keys, foreign keys, indexes and CHECK constraints. Nothing in the
/// document is written by hand, so it cannot drift from the model.
/// </summary>
public static class SchemaReference
{
    public static string Generate()
    {
        using var postgres = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql("Host=localhost").Options);
        using var sqlite = new DefenceTiesDbContext(new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesSqlite("Data Source=:memory:").Options);
        var pgModel = postgres.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var liteModel = sqlite.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = pgModel.Tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        var md = new StringBuilder();
        md.AppendLine("# DefenceTies schema reference");
        md.AppendLine();
        md.AppendLine("<!-- Generated from the EF Core model by tests/DefenceTies.Tests/Schema/SchemaReference.cs. -->");
        md.AppendLine("<!-- Do not edit: run `bash sql/regenerate.sh`. A test fails when this file is stale. -->");
        md.AppendLine();
        md.AppendLine(Invariant($"{tables.Count} tables, named in snake_case on both providers. Every foreign key is `ON DELETE RESTRICT`."));
        md.AppendLine("Types are given for PostgreSQL and SQLite; CHECK constraints are shown in PostgreSQL SQL, with the");
        md.AppendLine("SQLite text where it differs (SQLite has GLOB where PostgreSQL has regular expressions).");
        md.AppendLine("EF Core's own `__EFMigrationsHistory` table is not part of the model and is not listed.");
        md.AppendLine();
        md.AppendLine("## Diagram");
        md.AppendLine();
        md.AppendLine("```mermaid");
        md.AppendLine("erDiagram");
        foreach (var table in tables)
        {
            md.AppendLine(Invariant($"    {table.Name} {{"));
            foreach (var column in OrderedColumns(table))
            {
                var keys = new List<string>();
                if (table.PrimaryKey?.Columns.Contains(column) == true)
                {
                    keys.Add("PK");
                }

                if (table.ForeignKeyConstraints.Any(f => f.Columns.Contains(column)))
                {
                    keys.Add("FK");
                }

                if (table.Indexes.Any(i => i.IsUnique && i.Filter is null && i.Columns.Count == 1 && i.Columns[0] == column))
                {
                    keys.Add("UK");
                }

                md.AppendLine(Invariant($"        {MermaidType(column.StoreType)} {column.Name}{(keys.Count > 0 ? " " + string.Join(", ", keys) : string.Empty)}"));
            }

            md.AppendLine("    }");
        }

        foreach (var table in tables)
        {
            foreach (var fk in table.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var optional = fk.Columns.Any(c => c.IsNullable);
                md.AppendLine(Invariant($"    {fk.PrincipalTable.Name} {(optional ? "|o" : "||")}--o{{ {table.Name} : \"{string.Join(", ", fk.Columns.Select(c => c.Name))}\""));
            }
        }

        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("## Tables");

        foreach (var table in tables)
        {
            var lite = liteModel.FindTable(table.Name, table.Schema)!;
            var entities = string.Join(", ", table.EntityTypeMappings.Select(m => $"`{m.TypeBase.ClrType.Name}`"));
            md.AppendLine();
            md.AppendLine(Invariant($"### {table.Name}"));
            md.AppendLine();
            md.AppendLine(Invariant($"Entity: {entities}. Primary key `{table.PrimaryKey?.Name}` ({Columns(table.PrimaryKey?.Columns)})."));
            md.AppendLine();
            md.AppendLine("| column | PostgreSQL | SQLite | null |");
            md.AppendLine("|---|---|---|---|");
            foreach (var column in OrderedColumns(table))
            {
                var liteColumn = lite.FindColumn(column.Name)!;
                md.AppendLine(Invariant($"| `{column.Name}` | {column.StoreType} | {liteColumn.StoreType} | {(column.IsNullable ? "yes" : "no")} |"));
            }

            if (table.ForeignKeyConstraints.Any())
            {
                md.AppendLine();
                md.AppendLine("Foreign keys:");
                md.AppendLine();
                foreach (var fk in table.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    md.AppendLine(Invariant($"- `{fk.Name}`: ({Columns(fk.Columns)}) → `{fk.PrincipalTable.Name}` ({Columns(fk.PrincipalColumns)}), on delete {fk.OnDeleteAction.ToString().ToUpperInvariant()}"));
                }
            }

            if (table.Indexes.Any())
            {
                md.AppendLine();
                md.AppendLine("Indexes:");
                md.AppendLine();
                foreach (var index in table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal))
                {
                    var filter = index.Filter is null ? string.Empty : Invariant($" where `{index.Filter}`");
                    md.AppendLine(Invariant($"- `{index.Name}`: {(index.IsUnique ? "unique " : string.Empty)}({Columns(index.Columns)}){filter}"));
                }
            }

            var checks = table.CheckConstraints.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            if (checks.Count > 0)
            {
                md.AppendLine();
                md.AppendLine("CHECK constraints:");
                md.AppendLine();
                foreach (var check in checks)
                {
                    var liteSql = lite.CheckConstraints.SingleOrDefault(c => c.Name == check.Name)?.Sql
                        ?? throw new InvalidOperationException($"The CHECK constraint {check.Name} of {table.Name} is in the PostgreSQL model only.");
                    md.AppendLine(Invariant($"- `{check.Name}`: `{check.Sql}`"));
                    if (liteSql != check.Sql)
                    {
                        md.AppendLine(Invariant($"  - SQLite: `{liteSql}`"));
                    }
                }
            }
        }

        return md.ToString().ReplaceLineEndings("\n");
    }

    private static IEnumerable<IColumn> OrderedColumns(ITable table) =>
        table.Columns
            .OrderBy(c => table.PrimaryKey?.Columns.Contains(c) == true ? 0 : 1)
            .ThenBy(c => c.Name, StringComparer.Ordinal);

    private static string Columns(IEnumerable<IColumn>? columns) =>
        columns is null ? string.Empty : string.Join(", ", columns.Select(c => $"`{c.Name}`"));

    private static string MermaidType(string storeType) =>
        storeType.Replace("character varying", "varchar", StringComparison.Ordinal)
            .Replace("timestamp with time zone", "timestamptz", StringComparison.Ordinal)
            .Replace(' ', '_');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
