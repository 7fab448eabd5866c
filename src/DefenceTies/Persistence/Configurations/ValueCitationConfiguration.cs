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
/// derived from the model's rule in <see cref="ValueProperties"/>). Each column has a unique index
/// with the property, filtered to its rows: "how is this value supported?" is one index lookup, and a
/// value has at most one citation of its own.
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
        builder.HasKey(v => v.CitationId);
        builder.Property(v => v.CitationId).HasColumnName("citation_id").ValueGeneratedNever();
        builder.TextColumn(v => v.Property, "property", ValueCitation.PropertyMaxLength);
        builder.HasOne(v => v.Citation).WithOne().HasForeignKey<ValueCitation>(v => v.CitationId).IsRequired();
        foreach (var fact in facts)
        {
            builder.Property<int?>(fact.Key).HasColumnName(fact.Column);
            builder.HasOne(fact.Type).WithMany(nameof(CitedEntity.ValueCitations)).HasForeignKey(fact.Key).IsRequired(false);
            builder.HasIndex(fact.Key, nameof(ValueCitation.Property)).IsUnique().HasFilter($"{fact.Column} IS NOT NULL");
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
