using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Citation"/> to <c>citations</c>. Its document is mapped with
/// <see cref="SourceDocument.Citations"/>, in <see cref="SourceDocumentConfiguration"/>. A passage
/// may be cited by several rows (one per fact and way of support), so (document, start, length) is
/// not unique. An implied citation carries its note; a citation never corroborates itself.
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
            t.HasCheckConstraint("ck_citations_implied_note", "support <> 'Implied' OR note IS NOT NULL");
            t.HasCheckConstraint("ck_citations_corroborates_other", "corroborates_id IS NULL OR corroborates_id <> id");
        });
        builder.HasKey(c => c.Id);
        builder.TextColumn(c => c.Passage, "passage", Citation.PassageMaxLength, TextLines.Multiple);
        builder.Property(c => c.StartIndex).HasColumnName("start_index");
        builder.Property(c => c.Length).HasColumnName("length");
        builder.EnumColumn(c => c.Support, "support");
        builder.OptionalTextColumn(c => c.Note, "note", Citation.NoteMaxLength);
        builder.Property(c => c.CorroboratesId).HasColumnName("corroborates_id");
        builder.OptionalTextColumn(c => c.FactKey, "fact_key", Citation.FactKeyMaxLength);
        builder.Ignore(c => c.Statement);
        builder.HasOne(c => c.Claim).WithOne(l => l.Citation).HasForeignKey<CitationClaim>(l => l.CitationId).IsRequired();
        builder.HasOne(c => c.Corroborates).WithMany(c => c.Corroborations).HasForeignKey(c => c.CorroboratesId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Corroborations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => new { c.SourceDocumentId, c.StartIndex });

        // Most citations corroborate nothing. A full index on the column is mostly NULLs, and once
        // ANALYZE has run SQLite judges it useless and scans every citation for each fact whose
        // corroborations are read (an export of 10k agreements took 30 s instead of 4). Indexing only
        // the corroborating rows keeps the statistics honest; every lookup compares a key, so it can use it.
        builder.HasIndex(c => c.CorroboratesId).HasFilter("corroborates_id IS NOT NULL");

        // A fact's key names it in its document (a FactReference is the document's key and this),
        // so it is unique there; most citations (links, values) have none. Named explicitly: the
        // naming convention would otherwise rewrite the name the docs and error messages give.
        builder.HasIndex(c => new { c.SourceDocumentId, c.FactKey }).IsUnique().HasFilter("fact_key IS NOT NULL")
            .HasDatabaseName("ux_citations_source_document_id_fact_key");
    }
}
