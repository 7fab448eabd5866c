using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="DocumentDateline"/> to <c>document_datelines</c>: one row per document at most, keyed by it.</summary>
internal sealed class DocumentDatelineConfiguration : IEntityTypeConfiguration<DocumentDateline>
{
    public void Configure(EntityTypeBuilder<DocumentDateline> builder)
    {
        builder.ToTable("document_datelines");
        builder.HasKey(l => l.DocumentId);
        builder.Property(l => l.DocumentId).ValueGeneratedNever();
        builder.HasOne(l => l.Place).WithMany().HasForeignKey(l => l.PlaceId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.PlaceId);
    }
}
