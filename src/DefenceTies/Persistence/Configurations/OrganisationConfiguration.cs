using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Organisation"/> to <c>organisations</c>: names, when stated, are unique within a
/// nation; a nation has at most one unnamed body of each kind; a body without a nation has a name,
/// unique among bodies without a nation; whether a kind has a nation follows
/// <see cref="OrganisationNationRule"/>; external identifiers are unique.
/// </summary>
internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.OptionalTextColumn(o => o.Name, "name", Organisation.NameMaxLength);
        builder.EnumColumn(o => o.Kind, "kind");
        builder.OptionalCodeColumn(o => o.WikidataId, "wikidata_id", CodePattern.WikidataItem);
        builder.OptionalCodeColumn(o => o.CowCode, "cow_code", CodePattern.CowIgoAbbreviation);
        builder.Property(o => o.NationId).HasColumnName("nation_id");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_organisations_nation_of_kind", $"nation_id IS NOT NULL OR kind NOT IN ({Names(OrganisationNationRule.Always)})");
            t.HasCheckConstraint("ck_organisations_no_nation_of_kind", $"nation_id IS NULL OR kind NOT IN ({Names(OrganisationNationRule.Never)})");
            t.HasCheckConstraint("ck_organisations_named_without_nation", "nation_id IS NOT NULL OR name IS NOT NULL");
            t.HasCheckConstraint("ck_organisations_cow_code_kind", $"cow_code IS NULL OR kind IN ({Names(OrganisationNationRule.WithCowCode)})");
        });
        builder.Property(o => o.HostNationId).HasColumnName("host_nation_id");
        builder.Distinct("host_nation_id", "nation_id");
        builder.HasOne(o => o.Nation).WithMany().HasForeignKey(o => o.NationId).IsRequired(false);
        builder.HasMany(o => o.Memberships).WithOne(m => m.Organisation).HasForeignKey(m => m.OrganisationId).IsRequired();
        builder.Navigation(o => o.Memberships).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne(o => o.HostNation).WithMany().HasForeignKey(o => o.HostNationId).IsRequired(false);
        builder.HasIndex(o => new { o.NationId, o.Name }).IsUnique().HasFilter("name IS NOT NULL");
        // An unnamed body is known only as "the nation's army": one such row per nation and kind.
        builder.HasIndex(o => new { o.NationId, o.Kind }).IsUnique().HasFilter("name IS NULL");
        builder.HasNameKey(optional: true);
        builder.Navigation(x => x.OtherNames).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A body without a nation is known by its name alone ("ASEAN"): unique among such bodies.
        builder.HasIndex(o => o.Name).IsUnique().HasFilter("nation_id IS NULL").HasDatabaseName("ix_organisations_name_without_nation");

        // A body by its name as stored, with or without a nation (MembershipQueries.InBody): the
        // indexes above cannot serve it, one being partial and the other led by nation_id.
        builder.HasIndex([nameof(Organisation.Name)], "ix_organisations_name").HasDatabaseName("ix_organisations_name");

        // The bodies of a nation, named or not (a deal's side counts through its body's nation,
        // DefenceDealQueries): both indexes led by nation_id above are partial.
        builder.HasIndex([nameof(Organisation.NationId)], "ix_organisations_nation_id").HasDatabaseName("ix_organisations_nation_id");
        builder.HasIndex(o => o.WikidataId).IsUnique().HasFilter("wikidata_id IS NOT NULL");
        builder.HasIndex(o => o.CowCode).IsUnique().HasFilter("cow_code IS NOT NULL");
        builder.IsCitedFact();
    }

    private static string Names(IEnumerable<OrganisationKind> kinds) => string.Join(", ", kinds.Select(k => $"'{k}'"));
}
