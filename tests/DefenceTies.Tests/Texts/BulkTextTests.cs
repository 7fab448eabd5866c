using DefenceTies.Bulk;
using DefenceTies.Model;
using DefenceTies.Tests.Infrastructure;
using static DefenceTies.Tests.Bulk.BulkImportTests;

namespace DefenceTies.Tests.Texts;

/// <summary>
/// Every text column of every bulk row is checked by the text rule before anything is written, so
/// neither PostgreSQL's 22021 (NUL) nor Npgsql's EncoderFallbackException (an unpaired surrogate)
/// can be reached from the bulk path: each is a BulkDomainRuleException naming entity and field.
/// </summary>
public class BulkTextTests
{
    private static readonly Dictionary<string, Action<BulkImportBatch, string>> Spoilers = new()
    {
        ["SourceDocument.Key"] = (b, t) => b.SourceDocuments[0] = Document(b.SourceDocuments[0], key: t),
        ["SourceDocument.Title"] = (b, t) => b.SourceDocuments[0] = Document(b.SourceDocuments[0], title: t),
        ["SourceDocument.Text"] = (b, t) => b.SourceDocuments[0] = Document(b.SourceDocuments[0], text: t),
        ["Citation.Passage"] = (b, t) => b.Citations[0] = new CitationRow { Id = b.Citations[0].Id, SourceDocumentId = b.Citations[0].SourceDocumentId, Passage = t, StartIndex = 0 },
        ["Nation.Name"] = (b, t) => b.Nations[0] = new NationRow { Id = b.Nations[0].Id, Alpha2Code = b.Nations[0].Alpha2Code, Alpha3Code = b.Nations[0].Alpha3Code, NumericCode = b.Nations[0].NumericCode, Name = t, CitationId = b.Nations[0].CitationId },
        ["Person.Name"] = (b, t) => b.People[0] = new PersonRow { Id = b.People[0].Id, Name = t, Rank = b.People[0].Rank, CitationId = b.People[0].CitationId },
        ["Person.Rank"] = (b, t) => b.People[0] = new PersonRow { Id = b.People[0].Id, Name = b.People[0].Name, Rank = t, CitationId = b.People[0].CitationId },
        ["Engagement.Subject"] = (b, t) => b.Engagements[0] = new EngagementRow { Id = b.Engagements[0].Id, Kind = b.Engagements[0].Kind, Subject = t, HeldOn = b.Engagements[0].HeldOn, CitationId = b.Engagements[0].CitationId },
        ["Agreement.Title"] = (b, t) => b.Agreements[0] = Agreement(b.Agreements[0], title: t),
        ["Agreement.Subject"] = (b, t) => b.Agreements[0] = Agreement(b.Agreements[0], subject: t),
        ["ExerciseSeries.Name"] = (b, t) => b.ExerciseSeries[0] = new ExerciseSeriesRow { Id = b.ExerciseSeries[0].Id, Name = t, CitationId = b.ExerciseSeries[0].CitationId },
        // Rows the sample batch lacks are added; they are refused before any id is looked up.
        ["Organisation.Name"] = (b, t) => b.Organisations.Add(new OrganisationRow { Id = 900_000, Name = t, Kind = OrganisationKind.Forum, CitationId = b.Citations[0].Id }),
        ["OtherName.Name"] = (b, t) => b.OtherNames.Add(new OtherNameRow { Id = 900_000, Name = t, Kind = OtherNameKind.ShortName, PersonId = b.People[0].Id, CitationId = b.Citations[0].Id }),
        ["OtherName.Language"] = (b, t) => b.OtherNames.Add(new OtherNameRow { Id = 900_000, Name = "Alias", Kind = OtherNameKind.ShortName, Language = t, PersonId = b.People[0].Id, CitationId = b.Citations[0].Id }),
        ["MilitaryExercise.Name"] = (b, t) => b.MilitaryExercises[0] = new MilitaryExerciseRow { Id = b.MilitaryExercises[0].Id, SeriesId = b.MilitaryExercises[0].SeriesId, Name = t, CitationId = b.MilitaryExercises[0].CitationId },
    };

    private static readonly string[] Unstorable = ["India\0", "India\uD800", "\uDC00India"];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Text_no_database_can_store_is_refused_by_name_in_every_text_column_of_the_bulk_path(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateSeededAsync(kind);
        var before = await Fingerprint.OfAsync(database);
        var importer = ImporterFor(database);

        foreach (var (field, spoil) in Spoilers)
        {
            foreach (var text in Unstorable)
            {
                var batch = SampleBatch(await importer.CreateIdAllocatorAsync(), "bulk-text");
                spoil(batch, text);

                var error = (await ((Func<Task>)(() => importer.ImportAsync(batch))).Should().ThrowAsync<BulkDomainRuleException>(field)).Which;

                $"{error.Entity}.{error.Field}".Should().Be(field);
                error.Value.Should().Be(text);
                error.Rule.Should().ContainAny("NUL", "unpaired UTF-16 surrogate");
            }
        }

        (await Fingerprint.OfAsync(database)).Should().Equal(before);
    }

    private static SourceDocumentRow Document(SourceDocumentRow r, string? key = null, string? title = null, string? text = null) =>
        new() { Id = r.Id, Key = key ?? r.Key, Title = title ?? r.Title, PublishedOn = r.PublishedOn, Text = text ?? r.Text };

    private static AgreementRow Agreement(AgreementRow r, string? title = null, string? subject = null) =>
        new()
        {
            Id = r.Id, Title = title ?? r.Title, Kind = r.Kind, Status = r.Status, Subject = subject ?? r.Subject, ConcludedOn = r.ConcludedOn,
            EnteredIntoForceOn = r.EnteredIntoForceOn, EndedOn = r.EndedOn, EngagementId = r.EngagementId, CitationId = r.CitationId,
        };
}
