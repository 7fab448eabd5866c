using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="SourceDocument"/> to <c>source_documents</c>.</summary>
internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.ToTable("source_documents");
        builder.HasKey(d => d.Id);
        builder.TextColumn(d => d.Key, "key", SourceDocument.KeyMaxLength);
        builder.OptionalTextColumn(d => d.Title, "title", SourceDocument.TitleMaxLength);
        builder.EnumColumn(d => d.Origin, "origin");
        builder.PartialDateColumn(d => d.PublishedOn, "published_on");
        builder.TextColumn(d => d.Text, "text", int.MaxValue, TextLines.Document);
        builder.Property(d => d.ContentSha256).HasColumnName("content_sha256").HasMaxLength(SourceDocument.ContentSha256Length).IsRequired();
        builder.ToTable(t => t.HasCheckConstraint("ck_source_documents_content_sha256", "length(content_sha256) = 64"));
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasMany(d => d.Citations).WithOne(c => c.SourceDocument).HasForeignKey(c => c.SourceDocumentId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Citations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
