using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="PostHolding"/> to <c>post_holdings</c>; a holding never ends before it starts. Its
/// person is mapped with <see cref="Person.PostHoldings"/>, in <see cref="PersonConfiguration"/>.
/// </summary>
internal sealed class PostHoldingConfiguration : IEntityTypeConfiguration<PostHolding>
{
    public void Configure(EntityTypeBuilder<PostHolding> builder)
    {
        builder.ToTable("post_holdings");
        builder.HasKey(h => h.Id);
        builder.OptionalPartialDateColumn(h => h.StartedOn, "started_on");
        builder.OptionalPartialDateColumn(h => h.EndedOn, "ended_on");
        builder.NotBefore("ended_on", "started_on");
        builder.HasOne(h => h.Post).WithMany().HasForeignKey(h => h.PostId).IsRequired();
        builder.HasIndex(h => new { h.PersonId, h.PostId });
        builder.IsVersioned();
        builder.IsCitedFact();
    }
}
