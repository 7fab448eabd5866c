using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="AppliedSeed"/> to <c>applied_seeds</c>. The key is the seed key itself: two
/// processes racing to apply one seed cannot both commit.
/// </summary>
internal sealed class AppliedSeedConfiguration : IEntityTypeConfiguration<AppliedSeed>
{
    public void Configure(EntityTypeBuilder<AppliedSeed> builder)
    {
        builder.ToTable("applied_seeds");
        builder.HasKey(s => s.Key);
        builder.TextColumn(s => s.Key, "key", AppliedSeed.KeyMaxLength);
        builder.Property(s => s.AppliedAt).HasColumnName("applied_at").IsRequired();
    }
}
