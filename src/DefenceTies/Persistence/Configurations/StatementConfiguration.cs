using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Statement"/> to <c>statements</c>; exactly one speaker, a person, a body or an
/// anonymous source as described (tied to at most one nation or body, and only then). A
/// speaking person is mapped with <see cref="Person.Statements"/>, in <see cref="PersonConfiguration"/>.
/// </summary>
internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ToTable("statements");
        builder.ExactlyOneOf("one_speaker", "speaker_person_id", "speaker_organisation_id", "anonymous_source");
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_statements_anonymous_source_tie",
            "(anonymous_source_nation_id IS NULL AND anonymous_source_organisation_id IS NULL) OR (anonymous_source IS NOT NULL AND (anonymous_source_nation_id IS NULL OR anonymous_source_organisation_id IS NULL))"));
        builder.HasKey(s => s.Id);
        builder.EnumColumn(s => s.Form, "form");
        builder.TextColumn(s => s.Content, "content", Statement.ContentMaxLength, TextLines.Multiple);
        builder.OptionalPartialDateColumn(s => s.MadeOn, "made_on");
        builder.Property(s => s.SpeakerPersonId).HasColumnName("speaker_person_id");
        builder.Property(s => s.SpeakerOrganisationId).HasColumnName("speaker_organisation_id");
        builder.HasOne(s => s.SpeakerOrganisation).WithMany().HasForeignKey(s => s.SpeakerOrganisationId).IsRequired(false);
        builder.OptionalTextColumn(s => s.AnonymousSource, "anonymous_source", Statement.AnonymousSourceMaxLength);
        builder.Property(s => s.AnonymousSourceNationId).HasColumnName("anonymous_source_nation_id");
        builder.HasOne(s => s.AnonymousSourceNation).WithMany().HasForeignKey(s => s.AnonymousSourceNationId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.AnonymousSourceOrganisationId).HasColumnName("anonymous_source_organisation_id");
        builder.HasOne(s => s.AnonymousSourceOrganisation).WithMany().HasForeignKey(s => s.AnonymousSourceOrganisationId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.IsAnonymous);
        builder.IsCitedFact();
    }
}
