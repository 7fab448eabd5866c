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
        builder.ToTable("citations", t =>
        {
            t.HasCheckConstraint("ck_citations_start_index", "start_index >= 0");
            t.HasCheckConstraint("ck_citations_length", "length = length(passage)");
        });
        builder.HasKey(c => c.Id);
        builder.TextColumn(c => c.Passage, "passage", Citation.PassageMaxLength);
        builder.Property(c => c.StartIndex).HasColumnName("start_index");
        builder.Property(c => c.Length).HasColumnName("length");
        builder.HasIndex(c => new { c.SourceDocumentId, c.StartIndex, c.Length }).IsUnique();
    }
}
