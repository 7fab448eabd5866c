using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="CitationClaim"/> to <c>citation_claims</c>: at most one statement per citation.</summary>
internal sealed class CitationClaimConfiguration : IEntityTypeConfiguration<CitationClaim>
{
    public void Configure(EntityTypeBuilder<CitationClaim> builder)
    {
        builder.ToTable("citation_claims");
        builder.HasKey(l => l.CitationId);
        builder.Property(l => l.CitationId).HasColumnName("citation_id").ValueGeneratedNever();
        builder.Property(l => l.StatementId).HasColumnName("statement_id");
        builder.HasOne(l => l.Statement).WithMany().HasForeignKey(l => l.StatementId).IsRequired().OnDelete(DeleteBehavior.Restrict);
    }
}
