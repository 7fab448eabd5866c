using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="OtherName"/> to <c>other_names</c>, an exclusive arc: one nullable foreign key per kind of
/// fact an alias may belong to (<see cref="OtherName.Owners"/>), exactly one set
/// (<c>ck_other_names_one_owner</c>). Looked up by <c>name_key</c> (indexed); a fact has an alias once
/// (a unique index per owner column on the key).
/// </summary>
internal sealed class AliasConfiguration : IEntityTypeConfiguration<OtherName>
{
    public void Configure(EntityTypeBuilder<OtherName> builder)
    {
        builder.ToTable("other_names");
        builder.HasKey(a => a.Id);
        builder.TextColumn(a => a.Name, "name", OtherName.NameMaxLength);
        builder.EnumColumn(a => a.Kind, "kind");
        builder.OptionalTextColumn(a => a.Language, "language", OtherName.LanguageMaxLength);
        builder.HasNameKey(optional: false);
        builder.HasOne(a => a.Person).WithMany(p => p.OtherNames).HasForeignKey(a => a.PersonId).IsRequired(false);
        builder.HasOne(a => a.Post).WithMany(p => p.OtherNames).HasForeignKey(a => a.PostId).IsRequired(false);
        builder.HasOne(a => a.Organisation).WithMany(o => o.OtherNames).HasForeignKey(a => a.OrganisationId).IsRequired(false);
        builder.HasOne(a => a.Agreement).WithMany(a => a.OtherNames).HasForeignKey(a => a.AgreementId).IsRequired(false);
        var owners = OtherName.Owners.Select(o => (o.Key, Column: builder.Metadata.FindProperty(o.Key)!.GetColumnName())).ToList();
        builder.ExactlyOneOf("one_owner", [.. owners.Select(o => o.Column)]);
        foreach (var (key, column) in owners)
        {
            builder.HasIndex([key, NameKeys.Property], $"ux_other_names_{column}_name_key").IsUnique().HasDatabaseName($"ux_other_names_{column}_name_key").HasFilter($"{column} IS NOT NULL");
        }

        builder.IsCitedFact();
    }
}
