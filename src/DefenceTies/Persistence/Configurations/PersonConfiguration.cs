using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>Maps <see cref="Person"/> to <c>people</c>. Names are not unique: two officials may share one.</summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.TextColumn(p => p.Name, "name", Person.NameMaxLength);
        builder.OptionalTextColumn(p => p.Rank, "rank", Person.RankMaxLength);
        builder.HasIndex(p => p.Name);
        builder.HasMany(p => p.PostHoldings).WithOne(h => h.Person).HasForeignKey(h => h.PersonId).IsRequired();
        builder.HasMany(p => p.Statements).WithOne(s => s.SpeakerPerson).HasForeignKey(s => s.SpeakerPersonId).IsRequired(false);
        builder.Navigation(p => p.PostHoldings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Statements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasNameKey(optional: false);
        builder.Navigation(x => x.OtherNames).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.IsCitedFact();
    }
}
