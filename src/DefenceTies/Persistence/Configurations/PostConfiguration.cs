using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Post"/> to <c>posts</c>; titles are unique within a nation, a post without a
/// nation names its body and its title is unique within that body, and an envoy's post is
/// accredited to another nation than its own.
/// </summary>
internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(p => p.Id);
        builder.TextColumn(p => p.Title, "title", Post.TitleMaxLength);
        builder.Property(p => p.NationId).HasColumnName("nation_id");
        builder.Property(p => p.AccreditedToId).HasColumnName("accredited_to_id");
        builder.Distinct("accredited_to_id", "nation_id");
        builder.ToTable(t => t.HasCheckConstraint("ck_posts_nation_or_organisation", "nation_id IS NOT NULL OR organisation_id IS NOT NULL"));
        builder.Property(p => p.OrganisationId).HasColumnName("organisation_id");
        builder.HasOne(p => p.Nation).WithMany().HasForeignKey(p => p.NationId).IsRequired(false);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).IsRequired(false);
        builder.HasOne(p => p.AccreditedTo).WithMany().HasForeignKey(p => p.AccreditedToId).IsRequired(false);
        builder.HasIndex(p => new { p.NationId, p.Title }).IsUnique();

        // A post of a body without a nation ("Secretary-General" of ASEAN) is known by its body and title.
        builder.HasIndex(p => new { p.OrganisationId, p.Title }).IsUnique().HasFilter("nation_id IS NULL").HasDatabaseName("ix_posts_organisation_id_title_without_nation");

        // "Envoys accredited to Thailand" starts from this column.
        builder.HasIndex(p => p.AccreditedToId);
        builder.HasNameKey(optional: false);
        builder.Navigation(x => x.OtherNames).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.IsCitedFact();
    }
}
