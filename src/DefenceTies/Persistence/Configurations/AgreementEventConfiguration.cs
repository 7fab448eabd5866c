using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="AgreementEvent"/> to <c>agreement_events</c>: one row per agreement, kind and party
/// (the agreement as a whole when the party is null); a body only on a ratification or approval
/// (<c>ck_agreement_events_acting_body_kind</c>); a scheduled entry into force with its planned date.
/// That the party is one of the agreement's spans two tables: the model checks it
/// (<see cref="Agreement.AddEvent"/>) and StoredDataCheck checks stored rows, with the status the
/// events give.
/// </summary>
internal sealed class AgreementEventConfiguration : IEntityTypeConfiguration<AgreementEvent>
{
    public void Configure(EntityTypeBuilder<AgreementEvent> builder)
    {
        builder.ToTable("agreement_events");
        builder.HasKey(e => e.Id);
        builder.EnumColumn(e => e.Kind, "kind");
        builder.OptionalPartialDateColumn(e => e.OccurredOn, "occurred_on");
        builder.Property(e => e.PartyId).HasColumnName("party_id");
        builder.HasOne(e => e.Party).WithMany().HasForeignKey(e => e.PartyId).IsRequired(false);
        builder.Property(e => e.ActingBodyId).HasColumnName("acting_body_id");
        builder.HasOne(e => e.ActingBody).WithMany().HasForeignKey(e => e.ActingBodyId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        var actedBy = string.Join(", ", Enum.GetValues<AgreementEventKind>().Where(AgreementEvent.ActedByBody).Select(k => $"'{k}'"));
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_agreement_events_acting_body_kind", $"acting_body_id IS NULL OR kind IN ({actedBy})");
            t.HasCheckConstraint("ck_agreement_events_scheduled_dated", $"kind <> '{nameof(AgreementEventKind.ScheduledToEnterIntoForce)}' OR occurred_on IS NOT NULL");
        });

        // One event of a kind per party, and one for the agreement as a whole.
        builder.HasIndex(e => new { e.AgreementId, e.Kind, e.PartyId }).IsUnique().HasFilter("party_id IS NOT NULL").HasDatabaseName("ix_agreement_events_agreement_kind_party");
        builder.HasIndex(e => new { e.AgreementId, e.Kind }).IsUnique().HasFilter("party_id IS NULL").HasDatabaseName("ix_agreement_events_agreement_kind_whole");

        // "What a nation ratified" starts from the party.
        builder.HasIndex(e => new { e.PartyId, e.Kind }).HasDatabaseName("ix_agreement_events_party_kind");
        builder.HasIndex(e => e.ActingBodyId).HasDatabaseName("ix_agreement_events_acting_body");
        builder.IsCitedFact();
    }
}
