using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Citation"/> to <c>citations</c>. Its document is mapped with
/// <see cref="SourceDocument.Citations"/>, in <see cref="SourceDocumentConfiguration"/>.
/// </summary>
internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        // Length counts UTF-16 code units, SQL counts characters: a character beyond U+FFFF is two
        // units. SQL cannot count those, so with one in the passage the check only bounds the length.
        var beyondBmp = ModelBuildingProvider.Of(builder).CharacterInSql("passage", [(0x10000, 0x10FFFF)]);
        builder.ToTable("citations", t =>
        {
            t.HasCheckConstraint("ck_citations_start_index", "start_index >= 0");
            t.HasCheckConstraint("ck_citations_length", $"length = length(passage) OR ({beyondBmp} AND length > length(passage) AND length <= 2 * length(passage))");
        });
        builder.HasKey(c => c.Id);
        builder.TextColumn(c => c.Passage, "passage", Citation.PassageMaxLength, TextLines.Multiple);
        builder.Property(c => c.StartIndex).HasColumnName("start_index");
        builder.Property(c => c.Length).HasColumnName("length");
        builder.HasIndex(c => new { c.SourceDocumentId, c.StartIndex, c.Length }).IsUnique();
    }
}
