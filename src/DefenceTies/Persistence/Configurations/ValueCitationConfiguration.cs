using System.Text;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="ValueCitation"/> to <c>value_citations</c>, an exclusive arc: one nullable foreign
/// key column per kind of fact (<c>agreement_id</c>, <c>engagement_id</c>…), exactly one of them set
/// (<c>ck_value_citations_one_fact</c>), so every row belongs to a stored fact of one kind with a real
/// foreign key, and the property is one of that kind's values (<c>ck_value_citations_property</c>,
/// derived from the model's rule in <see cref="ValueProperties"/>). Each column has two partial
/// indexes with the property: the preferred rows (unique: "how is this value supported?" is one index
/// lookup, and a property has at most one preferred citation) and the competing claims.
/// </summary>
internal sealed class ValueCitationConfiguration : IEntityTypeConfiguration<ValueCitation>
{
    public void Configure(EntityTypeBuilder<ValueCitation> builder)
    {
        var facts = ValueProperties.FactTypes.Select(t => (Type: t, Key: $"{t.Name}Id", Column: $"{SnakeCase(t.Name)}_id")).ToList();
        builder.ToTable("value_citations", t =>
        {
            t.HasCheckConstraint("ck_value_citations_one_fact", $"{string.Join(" + ", facts.Select(f => $"(CASE WHEN {f.Column} IS NULL THEN 0 ELSE 1 END)"))} = 1");
            t.HasCheckConstraint("ck_value_citations_property", string.Join(" AND ", facts.Select(f =>
                $"({f.Column} IS NULL OR property IN ({string.Join(", ", ValueProperties.Of(f.Type).Order(StringComparer.Ordinal).Select(p => $"'{p}'"))}))")));
        });
        builder.HasKey(v => v.Id);
        builder.Property(v => v.CitationId).HasColumnName("citation_id");
        builder.TextColumn(v => v.Property, "property", ValueCitation.PropertyMaxLength);
        builder.EnumColumn(v => v.Rank, "rank");
        builder.OptionalTextColumn(v => v.ClaimedValue, "claimed_value", ValueCitation.ClaimedValueMaxLength, TextLines.Multiple);
        builder.Property(v => v.RankedAt).HasColumnName("ranked_at");
        builder.OptionalTextColumn(v => v.RankReason, "rank_reason", ValueCitation.RankReasonMaxLength, TextLines.Multiple);
        builder.Ignore(v => v.IsCompeting);
        builder.ToTable(t =>
        {
            // The preferred value is the one the fact holds; a claim of another value names it.
            t.HasCheckConstraint("ck_value_citations_preferred_value", "rank <> 'Preferred' OR claimed_value IS NULL");
            t.HasCheckConstraint("ck_value_citations_ranked", "(ranked_at IS NULL AND rank_reason IS NULL) OR (ranked_at IS NOT NULL AND rank_reason IS NOT NULL)");
        });
        builder.HasOne(v => v.Citation).WithMany().HasForeignKey(v => v.CitationId).IsRequired();
        foreach (var fact in facts)
        {
            builder.Property<int?>(fact.Key).HasColumnName(fact.Column);
            builder.HasOne(fact.Type).WithMany(nameof(CitedEntity.ValueCitations)).HasForeignKey(fact.Key).IsRequired(false);

            // Two partial indexes per kind of fact, together covering its rows: the preferred value's
            // citation, unique (exactly one value of a property is preferred: the one the fact holds,
            // cited here or by the fact's citation), and the other claims, for disputes.
            builder.HasIndex([fact.Key, nameof(ValueCitation.Property)], $"ix_value_citations_{fact.Column}_preferred").IsUnique().HasDatabaseName($"ix_value_citations_{fact.Column}_preferred")
                .HasFilter($"{fact.Column} IS NOT NULL AND rank = 'Preferred'");
            builder.HasIndex([fact.Key, nameof(ValueCitation.Property)], $"ix_value_citations_{fact.Column}_claims").HasDatabaseName($"ix_value_citations_{fact.Column}_claims")
                .HasFilter($"{fact.Column} IS NOT NULL AND rank <> 'Preferred'");
        }
    }

    /// <summary>The column name the snake-case naming convention gives a type name (<c>MilitaryExercise</c> → <c>military_exercise</c>).</summary>
    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
