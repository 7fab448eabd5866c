using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="SecurityIssueActor"/> to <c>security_issue_actors</c>: the actor is a nation or an
/// organisation, exactly one (<c>ck_security_issue_actors_one_actor</c>), recorded once per issue and
/// role; indexed from the actor too ("the issues a nation is affected by").
/// </summary>
internal sealed class SecurityIssueActorConfiguration : IEntityTypeConfiguration<SecurityIssueActor>
{
    public void Configure(EntityTypeBuilder<SecurityIssueActor> builder)
    {
        builder.ToTable("security_issue_actors");
        builder.HasKey(a => a.Id);
        builder.EnumColumn(a => a.Role, "role");
        builder.OptionalPartialDateColumn(a => a.Date, "date");
        builder.HasOne(a => a.Nation).WithMany().HasForeignKey(a => a.NationId).IsRequired(false);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).IsRequired(false);
        builder.ExactlyOneOf("one_actor", "nation_id", "organisation_id");
        builder.HasIndex(a => new { a.SecurityIssueId, a.Role, a.NationId }).IsUnique().HasFilter("nation_id IS NOT NULL");
        builder.HasIndex(a => new { a.SecurityIssueId, a.Role, a.OrganisationId }).IsUnique().HasFilter("organisation_id IS NOT NULL");
        builder.HasIndex(a => new { a.NationId, a.Role });
        builder.HasIndex(a => new { a.OrganisationId, a.Role });
        builder.IsCitedFact();
    }
}
