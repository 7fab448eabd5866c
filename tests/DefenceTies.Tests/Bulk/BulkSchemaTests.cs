using System.Collections;
using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Bulk;

/// <summary>
/// The bulk path writes every column of its tables from the model: what a row holds comes back
/// through EF Core unchanged, property by property, and the columns no row property holds are
/// exactly the ones the importer derives or the database defaults.
/// </summary>
public class BulkSchemaTests
{
    /// <summary>Entity properties no row holds, and why: derived from the row, or defaulted by the database.</summary>
    private static readonly Dictionary<string, Func<object, BulkRow, object?>> NotInRows = new(StringComparer.Ordinal)
    {
        [nameof(SourceDocument.ContentSha256)] = (_, row) => new SourceDocument("k", null, PartialDate.FromYear(2024), ((SourceDocumentRow)row).Text).ContentSha256,
        [nameof(Citation.Length)] = (_, row) => ((CitationRow)row).Passage.Length,
        [nameof(Agreement.Version)] = (_, _) => 0,

        // A bulk document states nothing about itself beyond its title and date (see SourceDocument.Describe).
        [nameof(SourceDocument.Byline)] = (_, _) => null,
        [nameof(SourceDocument.Agency)] = (_, _) => null,
        [nameof(SourceDocument.Credits)] = (_, _) => null,
        [nameof(SourceDocument.PublishedAtUtc)] = (_, _) => null,
        [nameof(SourceDocument.PublishedAtOffsetMinutes)] = (_, _) => null,

        // Places have no bulk rows: a bulk engagement has no place (see BulkTables).
        [nameof(Engagement.PlaceId)] = (_, _) => null,
        [nameof(Engagement.ParentId)] = (_, _) => null,

        // A bulk agreement implements no framework or policy: links between facts come from packs.
        [nameof(Agreement.FrameworkId)] = (_, _) => null,
        [nameof(Agreement.PolicyId)] = (_, _) => null,

        // A bulk fact has no stored name: its reference is generated from its kind and id (see FactReference).
        [nameof(Citation.FactKey)] = (_, _) => null,

        // A bulk value citation cites the value the fact holds, unranked (see BulkTables).
        [nameof(ValueCitation.Rank)] = (_, _) => ClaimRank.Preferred,
        [nameof(ValueCitation.ClaimedValue)] = (_, _) => null,
        [nameof(ValueCitation.RankedAt)] = (_, _) => null,
        [nameof(ValueCitation.RankReason)] = (_, _) => null,

        // The name key of a name, title or alias, as the library writes it on save (see NameKey).
        ["NameKey"] = (_, row) => row switch
        {
            DefenceTies.Bulk.PersonRow person => NameKey.Of(person.Name),
            AgreementRow agreement => agreement.Title is { } title ? NameKey.Of(title) : null,
            OrganisationRow organisation => organisation.Name is { } name ? NameKey.Of(name) : null,
            OtherNameRow otherName => NameKey.Of(otherName.Name),
            _ => throw new InvalidOperationException($"{row.GetType().Name} has no name key."),
        },
    };

    /// <summary>
    /// Row properties no column holds as they are: a value citation names its fact by kind and key,
    /// which fill the foreign key column of that kind (<see cref="ArcValue"/>).
    /// </summary>
    private static readonly Dictionary<Type, string[]> NotColumns = new()
    {
        [typeof(ValueCitationRow)] = [nameof(ValueCitationRow.FactType), nameof(ValueCitationRow.FactId)],
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_column_of_a_bulk_table_is_written_from_its_row_or_deliberately_derived_or_defaulted(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        await using var db = database.CreateContext();
        var importer = ImporterFor(database);
        // Every ISO 3166-1 entry is stored by the seed; Viet Nam, which no fact refers to, is removed
        // so that the batch can store it again with every optional property set.
        await db.Nations.Where(n => n.Alpha2Code == "VN").ExecuteDeleteAsync();
        var ids = await importer.CreateIdAllocatorAsync();
        var batch = FullBatch(ids, await StoredNationsAsync(db), db);

        await importer.ImportAsync(batch);

        var checkedRows = 0;
        foreach (var list in typeof(BulkImportBatch).GetProperties().Where(p => p.PropertyType.IsGenericType))
        {
            var rowType = list.PropertyType.GetGenericArguments()[0];
            var entityType = db.Model.GetEntityTypes().Single(e => e.ClrType.Name + "Row" == rowType.Name);
            var rowProperties = rowType.GetProperties().Select(p => p.Name).ToHashSet();
            var columns = entityType.GetProperties().Where(p => p.GetColumnName() is not null).Select(p => p.Name).ToList();
            var arc = columns.Where(c => IsArc(entityType.FindProperty(c)!)).ToHashSet();
            columns.Except(rowProperties).Except(arc).Should().BeSubsetOf(NotInRows.Keys, $"every column of {entityType.GetTableName()} is held by {rowType.Name}, derived or defaulted");
            rowProperties.Except(NotColumns.GetValueOrDefault(rowType, [])).Should().BeSubsetOf(columns, $"every property of {rowType.Name} is a column of {entityType.GetTableName()}");
            var key = entityType.FindPrimaryKey()!.Properties.Single().Name;

            foreach (BulkRow row in (IEnumerable)list.GetValue(batch)!)
            {
                var keyValue = rowProperties.Contains(key) ? rowType.GetProperty(key)!.GetValue(row) : row.Id;
                var entity = await db.FindAsync(entityType.ClrType, keyValue);
                entity.Should().NotBeNull($"{rowType.Name} {row.Id} was stored");
                foreach (var property in columns)
                {
                    var stored = db.Entry(entity!).Property(property).CurrentValue;
                    var expected = arc.Contains(property) ? ArcValue(entityType.FindProperty(property)!, (ValueCitationRow)row)
                        : rowProperties.Contains(property) ? rowType.GetProperty(property)!.GetValue(row)
                        : NotInRows[property](entity!, row);
                    stored.Should().Be(expected, $"{rowType.Name}.{property} round-trips");
                }

                checkedRows++;
            }
        }

        checkedRows.Should().Be((int)batch.TotalRows);
    }

    /// <summary>A foreign key column of <c>value_citations</c>' exclusive arc: one per kind of fact, which lists the row among its value citations.</summary>
    private static bool IsArc(IProperty property) =>
        property.GetContainingForeignKeys().Any(f => f.PrincipalToDependent?.Name == nameof(CitedEntity.ValueCitations));

    /// <summary>What an arc column holds for a value citation row: its fact's key in the column of its kind, nothing in the others.</summary>
    private static int? ArcValue(IProperty property, ValueCitationRow row) =>
        property.GetContainingForeignKeys().Single().PrincipalEntityType.ClrType.Name == row.FactType ? row.FactId : null;

    /// <summary>The sample batch with every optional property set, on rows of every table.</summary>
    private static BulkImportBatch FullBatch(BulkIdAllocator ids, StoredNations nations, DefenceTiesDbContext db)
    {
        var batch = SampleBatch(ids, "bulk-full", nations);
        // Viet Nam's codes as the reference list gives them (its COW and GW codes differ).
        batch.Nations.Add(new NationRow
        {
            Id = ids.Next<NationRow>(), Alpha2Code = "VN", Alpha3Code = "VNM", NumericCode = "704", Name = "Viet Nam", CitationId = batch.Citations[0].Id,
            CorrelatesOfWarCode = 816, CorrelatesOfWarAbbreviation = "DRV", GleditschWardCode = 815, GleditschWardAbbreviation = "VNM",
        });
        var d = batch.SourceDocuments[0];
        batch.SourceDocuments[0] = new SourceDocumentRow { Id = d.Id, Key = d.Key, Title = "A report", PublishedOn = d.PublishedOn, Text = d.Text };
        var a = batch.Agreements[0];
        batch.Agreements[0] = new AgreementRow
        {
            Id = a.Id, Title = a.Title, Kind = AgreementKind.Treaty, Status = AgreementStatus.Ended, Subject = a.Subject, ConcludedOn = PartialDate.FromYearMonth(2012, 5),
            EnteredIntoForceOn = PartialDate.FromYear(2013), EndedOn = PartialDate.FromYearMonthDay(2020, 1, 31), EngagementId = batch.Engagements[0].Id, CitationId = a.CitationId,
        };
        var x = batch.MilitaryExercises[0];
        batch.MilitaryExercises[0] = new MilitaryExerciseRow { Id = x.Id, SeriesId = x.SeriesId, Name = x.Name, StartedOn = PartialDate.FromYear(2019), EndedOn = PartialDate.FromYearMonth(2019, 3), CitationId = x.CitationId };

        // The optional references must be to stored rows of the right nation.
        var cite = batch.Citations[0].Id;
        var delegation = ids.Next<DelegationRow>();
        batch.Delegations.Add(new DelegationRow { Id = delegation, EngagementId = batch.Engagements[0].Id, NationId = nations.India, CitationId = cite });
        var post = db.Posts.First(p => p.NationId == nations.India).Id;
        batch.DelegationMembers.Add(new DelegationMemberRow
        {
            Id = ids.Next<DelegationMemberRow>(), DelegationId = delegation, PersonId = batch.People[0].Id, Role = DelegationRole.Member, CapacityPostId = post, CitationId = cite,
        });
        var army = db.Organisations.First(o => o.NationId == nations.India && o.Kind == OrganisationKind.Army).Id;
        var india = batch.ExerciseParticipants.Single(p => p.NationId == nations.India);
        batch.ExerciseParticipants[batch.ExerciseParticipants.IndexOf(india)] = new ExerciseParticipantRow { Id = india.Id, ExerciseId = x.Id, NationId = nations.India, ServiceOrganisationId = army, CitationId = cite };

        // A value of the agreement with a citation of its own: the arc's columns are checked too.
        var dated = ids.Next<CitationRow>();
        batch.Citations.Add(new CitationRow { Id = dated, SourceDocumentId = d.Id, Passage = "signed", StartIndex = Text.IndexOf("signed", StringComparison.Ordinal), Support = SupportKind.Implied, Note = "the year, from an earlier report" });
        batch.ValueCitations.Add(new ValueCitationRow { Id = ids.Next<ValueCitationRow>(), FactType = nameof(Agreement), FactId = a.Id, Property = nameof(Agreement.ConcludedOn), CitationId = dated });

        // Bodies with every optional value: an IGO (no nation, codes of its own) and an embassy (its
        // nation and host); a nation chairing the IGO over a dated term and the embassy a member of
        // it; an alias of each kind of owner (the post a stored one), the organisation's with a language.
        var igo = ids.Next<OrganisationRow>();
        batch.Organisations.Add(new OrganisationRow { Id = igo, Name = "Bulk Schema Organisation", Kind = OrganisationKind.InternationalOrganisation, WikidataId = "Q987654321", CowCode = "BSO", CitationId = cite });
        var embassy = ids.Next<OrganisationRow>();
        batch.Organisations.Add(new OrganisationRow { Id = embassy, NationId = nations.India, HostNationId = nations.Thailand, Name = "Bulk Schema Embassy", Kind = OrganisationKind.Embassy, CitationId = cite });
        var chair = ids.Next<OrganisationMembershipRow>();
        batch.OrganisationMemberships.Add(new OrganisationMembershipRow
        {
            Id = chair, OrganisationId = igo, MemberNationId = nations.Thailand, Role = ParticipationRole.Chair,
            StartedOn = PartialDate.FromYear(2024), EndedOn = PartialDate.FromYearMonthDay(2024, 12, 31), CitationId = cite,
        });
        batch.OrganisationMemberships.Add(new OrganisationMembershipRow { Id = ids.Next<OrganisationMembershipRow>(), OrganisationId = igo, MemberOrganisationId = embassy, CitationId = cite });
        var acronym = ids.Next<OtherNameRow>();
        batch.OtherNames.Add(new OtherNameRow { Id = acronym, Name = "BSO", Kind = OtherNameKind.Acronym, Language = "en-GB", OrganisationId = igo, CitationId = cite });
        batch.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = "Gen Tharapong", Kind = OtherNameKind.ShortName, PersonId = batch.People[0].Id, CitationId = cite });
        batch.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = "Bulk MoU", Kind = OtherNameKind.ShortName, AgreementId = a.Id, CitationId = cite });
        batch.OtherNames.Add(new OtherNameRow { Id = ids.Next<OtherNameRow>(), Name = "Bulk post alias", Kind = OtherNameKind.ShortName, PostId = post, CitationId = cite });

        // Their own values are citable like the agreement's.
        batch.ValueCitations.Add(new ValueCitationRow { Id = ids.Next<ValueCitationRow>(), FactType = nameof(OrganisationMembership), FactId = chair, Property = nameof(OrganisationMembership.StartedOn), CitationId = dated });
        batch.ValueCitations.Add(new ValueCitationRow { Id = ids.Next<ValueCitationRow>(), FactType = nameof(OtherName), FactId = acronym, Property = nameof(OtherName.Language), CitationId = dated });
        return batch;
    }
}
