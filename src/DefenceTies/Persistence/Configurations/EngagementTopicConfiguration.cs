using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="EngagementTopic"/> to <c>engagement_topics</c>.</summary>
internal sealed class EngagementTopicConfiguration : IEntityTypeConfiguration<EngagementTopic>
{
    public void Configure(EntityTypeBuilder<EngagementTopic> builder)
    {
        builder.ToTable("engagement_topics");
        builder.HasKey(t => t.Id);
        builder.HasOne(t => t.CooperationArea).WithMany().HasForeignKey(t => t.CooperationAreaId).IsRequired();
        builder.HasIndex(t => new { t.EngagementId, t.CooperationAreaId }).IsUnique();
        builder.IsCitedFact();
    }
}
