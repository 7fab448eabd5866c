using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Agreement"/> to <c>agreements</c>; its dates are in order.</summary>
internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("agreements");
        builder.HasKey(a => a.Id);
        builder.OptionalTextColumn(a => a.Title, "title", Agreement.TitleMaxLength);
        builder.EnumColumn(a => a.Kind, "kind");
        builder.EnumColumn(a => a.Status, "status");
        builder.TextColumn(a => a.Subject, "subject", Agreement.SubjectMaxLength);
        builder.OptionalTextColumn(a => a.Significance, "significance", Agreement.SignificanceMaxLength);
        builder.OptionalPartialDateColumn(a => a.ConcludedOn, "concluded_on");
        builder.OptionalPartialDateColumn(a => a.EnteredIntoForceOn, "entered_into_force_on");
        builder.OptionalPartialDateColumn(a => a.EndedOn, "ended_on");
        builder.NotBefore("entered_into_force_on", "concluded_on");
        builder.NotBefore("ended_on", "concluded_on");
        builder.NotBefore("ended_on", "entered_into_force_on");
        builder.HasOne(a => a.Engagement).WithMany().HasForeignKey(a => a.EngagementId).IsRequired(false);
        builder.Property(a => a.FrameworkId).HasColumnName("framework_id");
        builder.HasOne(a => a.Framework).WithMany().HasForeignKey(a => a.FrameworkId).IsRequired(false);
        builder.Distinct("framework_id", "id");
        builder.HasOne(a => a.Policy).WithMany().HasForeignKey(a => a.PolicyId).IsRequired(false);
        builder.HasMany(a => a.Parties).WithOne(p => p.Agreement).HasForeignKey(p => p.AgreementId).IsRequired();
        builder.HasMany(a => a.OrganisationParties).WithOne(p => p.Agreement).HasForeignKey(p => p.AgreementId).IsRequired();
        builder.Navigation(a => a.OrganisationParties).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Parties).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Signatories).WithOne(s => s.Agreement).HasForeignKey(s => s.AgreementId).IsRequired();
        builder.Navigation(a => a.Signatories).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Events).WithOne(e => e.Agreement).HasForeignKey(e => e.AgreementId).IsRequired();
        builder.Navigation(a => a.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => a.ConcludedOn);
        builder.IsVersioned();
        // "In force on a day": entered_into_force_on <= day, or (entered_into_force_on IS NULL and
        // concluded_on <= day). Both branches are ranges of this one index.
        builder.HasIndex(a => new { a.EnteredIntoForceOn, a.ConcludedOn });
        builder.HasNameKey(optional: true);
        builder.Navigation(x => x.OtherNames).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.IsCitedFact();
    }
}
