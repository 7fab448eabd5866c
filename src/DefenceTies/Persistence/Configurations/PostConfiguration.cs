using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Post"/> to <c>posts</c>; titles are unique within a nation.</summary>
internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(p => p.Id);
        builder.TextColumn(p => p.Title, "title", Post.TitleMaxLength);
        builder.HasOne(p => p.Nation).WithMany().HasForeignKey(p => p.NationId).IsRequired();
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).IsRequired(false);
        builder.HasIndex(p => new { p.NationId, p.Title }).IsUnique();
        builder.IsCitedFact();
    }
}
