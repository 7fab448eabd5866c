using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Statement"/> to <c>statements</c>; exactly one speaker, a person or a body. A
/// speaking person is mapped with <see cref="Person.Statements"/>, in <see cref="PersonConfiguration"/>.
/// </summary>
internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ToTable("statements", t => t.HasCheckConstraint(
            "ck_statements_one_speaker",
            "(speaker_person_id IS NULL AND speaker_organisation_id IS NOT NULL) OR (speaker_person_id IS NOT NULL AND speaker_organisation_id IS NULL)"));
        builder.HasKey(s => s.Id);
        builder.EnumColumn(s => s.Form, "form");
        builder.TextColumn(s => s.Content, "content", Statement.ContentMaxLength, TextLines.Multiple);
        builder.OptionalPartialDateColumn(s => s.MadeOn, "made_on");
        builder.Property(s => s.SpeakerPersonId).HasColumnName("speaker_person_id");
        builder.Property(s => s.SpeakerOrganisationId).HasColumnName("speaker_organisation_id");
        builder.HasOne(s => s.SpeakerOrganisation).WithMany().HasForeignKey(s => s.SpeakerOrganisationId).IsRequired(false);
        builder.IsCitedFact();
    }
}
