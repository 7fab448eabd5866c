using DefenceTies.Model;
using DefenceTies.Persistence.Conversion;
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
        builder.OptionalTextColumn(d => d.Byline, "byline", SourceDocument.BylineMaxLength);
        builder.OptionalTextColumn(d => d.Agency, "agency", SourceDocument.AgencyMaxLength);
        builder.OptionalTextColumn(d => d.Credits, "credits", SourceDocument.CreditsMaxLength);
        builder.HasOne(d => d.Dateline).WithOne(l => l.Document).HasForeignKey<DocumentDateline>(l => l.DocumentId).IsRequired();

        // The instant as fixed-width UTC text, ordered and compared alike on every engine; the offset beside it.
        builder.Property(d => d.PublishedAtUtc).HasColumnName("published_at_utc").HasConversion<UtcInstantConverter>()
            .HasMaxLength(UtcInstantConverter.Length).UseCollation(ModelBuildingProvider.Of(builder).Collation).IsRequired(false);
        builder.Property(d => d.PublishedAtOffsetMinutes).HasColumnName("published_at_offset_minutes");
        builder.Ignore(d => d.PublishedAt);
        builder.HasIndex(d => d.PublishedAtUtc);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_source_documents_published_at_utc_format",
                "published_at_utc IS NULL OR (length(published_at_utc) = 20 AND published_at_utc LIKE '____-__-__T__:__:__Z')");
            t.HasCheckConstraint("ck_source_documents_published_at_offset",
                $"(published_at_utc IS NULL AND published_at_offset_minutes IS NULL) OR (published_at_utc IS NOT NULL AND published_at_offset_minutes BETWEEN -{SourceDocument.OffsetMaxMinutes} AND {SourceDocument.OffsetMaxMinutes})");
        });
        builder.HasMany(d => d.Citations).WithOne(c => c.SourceDocument).HasForeignKey(c => c.SourceDocumentId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Citations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
