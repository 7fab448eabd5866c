using System.Data.Common;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Bulk;

/// <summary>
/// Checks a batch against the model's rules before anything is written, so that a bad row is
/// reported as the entity would report it, with its table, position and id. The database checks
/// again (every constraint stays on); what only the database can know (a duplicate of a stored
/// value, a reference to a missing row) is left to it.
/// </summary>
internal sealed class BulkValidator(BulkSchema schema, DbConnection connection)
{
    // Well under SQLite's and PostgreSQL's limits on parameters per statement.
    private const int LookupChunk = 500;

    public async Task ValidateAsync(BulkImportBatch batch, CancellationToken cancellationToken)
    {
        foreach (var table in schema.Tables)
        {
            CheckRows(table, batch);
        }

        CheckAgreementParties(batch);
        await CheckCitationsAsync(batch, cancellationToken).ConfigureAwait(false);
        await CheckCapacityPostsAsync(batch, cancellationToken).ConfigureAwait(false);
        await CheckServicesAsync(batch, cancellationToken).ConfigureAwait(false);
        await CheckOtherNamesAsync(batch, cancellationToken).ConfigureAwait(false);
        await CheckValueCitationsAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckRows(BulkTableSchema table, BulkImportBatch batch)
    {
        var definition = table.Definition;
        var entity = definition.EntityType.Name;
        var ids = new HashSet<int>();
        for (var i = 0; i < definition.Count(batch); i++)
        {
            var row = definition.RowAt(batch, i);
            try
            {
                if (row.Id <= 0)
                {
                    throw new DomainRuleException(entity, nameof(BulkRow.Id), row.Id, "bulk row ids are positive.");
                }

                if (!ids.Add(row.Id))
                {
                    throw new DomainRuleException(entity, nameof(BulkRow.Id), row.Id, "the id occurs twice in the batch.");
                }

                definition.Check(row);
            }
            catch (DomainRuleException ex)
            {
                throw new BulkDomainRuleException(ex, table.Name, i, row.Id);
            }
        }

        if (definition.FindRepeat(batch) is var (index, error))
        {
            throw new BulkDomainRuleException(error, table.Name, index, definition.RowAt(batch, index).Id);
        }
    }

    /// <summary>
    /// Each agreement of the batch has at least two distinct parties in the batch, as SaveChanges
    /// requires. Only the batch can hold them: an agreement row is new (a stored id is refused as a
    /// duplicate key), so no stored party can refer to it yet.
    /// </summary>
    private void CheckAgreementParties(BulkImportBatch batch)
    {
        var parties = batch.AgreementParties.GroupBy(p => p.AgreementId).ToDictionary(g => g.Key, g => g.Select(p => p.NationId).Distinct().Count());
        for (var i = 0; i < batch.Agreements.Count; i++)
        {
            var row = batch.Agreements[i];
            var count = parties.GetValueOrDefault(row.Id);
            if (count < Agreement.MinimumParties)
            {
                throw Refused(Agreement.TooFewParties(count), i, row);
            }
        }
    }

    private async Task CheckCitationsAsync(BulkImportBatch batch, CancellationToken cancellationToken)
    {
        var texts = batch.SourceDocuments.ToDictionary(d => d.Id, d => d.Text);
        var stored = await LookupAsync<SourceDocument, string>(
            nameof(SourceDocument.Text), batch.Citations.Select(c => c.SourceDocumentId).Where(id => !texts.ContainsKey(id)), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < batch.Citations.Count; i++)
        {
            var row = batch.Citations[i];
            // A document in neither place is the database's to refuse (a foreign key).
            if ((texts.TryGetValue(row.SourceDocumentId, out var text) || stored.TryGetValue(row.SourceDocumentId, out text))
                && !PassageCheck.IsVerbatimAt(text, row.Passage, row.StartIndex))
            {
                throw Refused(Citation.NotInDocument(row.Passage, $"source document {row.SourceDocumentId} at index {row.StartIndex}"), i, row);
            }
        }
    }

    private async Task CheckCapacityPostsAsync(BulkImportBatch batch, CancellationToken cancellationToken)
    {
        var members = batch.DelegationMembers;
        var posts = await LookupAsync<Post, int?>(nameof(Post.NationId), members.Where(m => m.CapacityPostId is not null).Select(m => m.CapacityPostId!.Value), cancellationToken).ConfigureAwait(false);
        if (posts.Count == 0)
        {
            return;
        }

        var delegations = batch.Delegations.ToDictionary(d => d.Id, d => d.NationId);
        var stored = await LookupAsync<Delegation, int>(nameof(Delegation.NationId), members.Select(m => m.DelegationId).Where(id => !delegations.ContainsKey(id)), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < members.Count; i++)
        {
            var row = members[i];
            if (row.CapacityPostId is { } post && posts.TryGetValue(post, out var postNation)
                && (delegations.TryGetValue(row.DelegationId, out var nation) || stored.TryGetValue(row.DelegationId, out nation))
                && postNation != nation)
            {
                throw Refused(DelegationMember.CapacityOfAnotherNation(post, $"nation {nation}"), i, row);
            }
        }
    }

    /// <summary>
    /// A participant's service belongs to the participating nation, as <see cref="MilitaryExercise.AddParticipant"/>
    /// requires (a body without a nation belongs to none). The service is in the batch or stored.
    /// </summary>
    private async Task CheckServicesAsync(BulkImportBatch batch, CancellationToken cancellationToken)
    {
        var participants = batch.ExerciseParticipants;
        var inBatch = batch.Organisations.ToDictionary(o => o.Id, o => o.NationId);
        var services = await LookupAsync<Organisation, int?>(
            nameof(Organisation.NationId), participants.Where(p => p.ServiceOrganisationId is { } s && !inBatch.ContainsKey(s)).Select(p => p.ServiceOrganisationId!.Value), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < participants.Count; i++)
        {
            var row = participants[i];
            if (row.ServiceOrganisationId is { } service && (inBatch.TryGetValue(service, out var serviceNation) || services.TryGetValue(service, out serviceNation))
                && serviceNation != row.NationId)
            {
                throw Refused(ExerciseParticipant.ServiceOfAnotherNation(service, $"nation {row.NationId}"), i, row);
            }
        }
    }

    /// <summary>
    /// An alias is not its owner's own name, compared as name keys, as every <see cref="OtherName"/>
    /// constructor requires. The owner is in the batch or stored; one in neither is the database's
    /// to refuse (a foreign key). CheckRows has made sure each row names exactly one owner.
    /// </summary>
    private async Task CheckOtherNamesAsync(BulkImportBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.OtherNames.Select((row, index) => (Row: row, Index: index, Owner: row.NamedOwners().Single()));
        foreach (var kind in rows.GroupBy(r => r.Owner.Owner))
        {
            // The text the owner's name key is of: a post's or agreement's title, otherwise the name.
            var property = NameKey.KeyedProperty(kind.Key);
            var inBatch = new Dictionary<int, string?>();
            if (schema.Tables.FirstOrDefault(t => t.Definition.EntityType == kind.Key) is { } table)
            {
                for (var i = 0; i < table.Definition.Count(batch); i++)
                {
                    var owner = table.Definition.RowAt(batch, i);
                    inBatch[owner.Id] = (string?)table.PropertyValue(owner, property);
                }
            }

            var stored = await LookupAsync<string?>(
                schema.Model.FindEntityType(kind.Key)!, property, kind.Select(r => r.Owner.Id).Where(id => !inBatch.ContainsKey(id)), cancellationToken).ConfigureAwait(false);
            foreach (var (row, index, (_, id)) in kind.OrderBy(r => r.Index))
            {
                if ((inBatch.TryGetValue(id, out var own) || stored.TryGetValue(id, out own)) && own is not null && NameKey.Of(own) == NameKey.Of(row.Name))
                {
                    throw Refused(OtherName.IsOwnName(row.Name, own), index, row);
                }
            }
        }
    }

    /// <summary>
    /// <see cref="CitedEntity.CiteValue"/>'s rules that need the fact's citation: a value is not cited
    /// by the citation of its fact, and is cited from its fact's document. (Its rules on the row alone
    /// are in <see cref="BulkTables"/>.) A fact or citation in neither the batch nor the database is
    /// the database's to refuse (a foreign key).
    /// </summary>
    private async Task CheckValueCitationsAsync(BulkImportBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.ValueCitations;
        if (rows.Count == 0)
        {
            return;
        }

        var factCitations = new Dictionary<(string FactType, int FactId), int>();
        foreach (var kind in rows.GroupBy(r => r.FactType))
        {
            // CheckRows has refused a kind that is not one.
            var factType = ValueProperties.FactTypeNamed(kind.Key)!;
            var inBatch = new Dictionary<int, int>();
            if (schema.Tables.FirstOrDefault(t => t.Definition.EntityType == factType) is { } table)
            {
                for (var i = 0; i < table.Definition.Count(batch); i++)
                {
                    var fact = table.Definition.RowAt(batch, i);
                    inBatch[fact.Id] = (int)table.PropertyValue(fact, nameof(CitedEntity.CitationId))!;
                }
            }

            var stored = await LookupAsync<int>(
                schema.Model.FindEntityType(factType)!, nameof(CitedEntity.CitationId), kind.Select(r => r.FactId).Where(id => !inBatch.ContainsKey(id)), cancellationToken).ConfigureAwait(false);
            foreach (var row in kind)
            {
                if (inBatch.TryGetValue(row.FactId, out var citation) || stored.TryGetValue(row.FactId, out citation))
                {
                    factCitations[(row.FactType, row.FactId)] = citation;
                }
            }
        }

        var documents = batch.Citations.ToDictionary(c => c.Id, c => c.SourceDocumentId);
        var storedDocuments = await LookupAsync<Citation, int>(
            nameof(Citation.SourceDocumentId), rows.Select(r => r.CitationId).Concat(factCitations.Values).Where(id => !documents.ContainsKey(id)), cancellationToken).ConfigureAwait(false);
        int? DocumentOf(int citation) =>
            documents.TryGetValue(citation, out var document) || storedDocuments.TryGetValue(citation, out document) ? document : null;

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!factCitations.TryGetValue((row.FactType, row.FactId), out var own))
            {
                continue;
            }

            if (own == row.CitationId)
            {
                throw Refused(CitedEntity.CitationBacksAnother(row.FactType, row.Property, row.CitationId), i, row);
            }

            if (DocumentOf(row.CitationId) is { } document && DocumentOf(own) is { } ownDocument && document != ownDocument)
            {
                throw Refused(CitedEntity.CitationOfAnotherDocument(row.FactType, row.Property, row.CitationId, $"source document {document}", $"source document {ownDocument}"), i, row);
            }
        }
    }

    private BulkDomainRuleException Refused(DomainRuleException broken, int index, BulkRow row) =>
        new(broken, schema.Of(row.GetType()).Name, index, row.Id);

    /// <summary>Reads one property of stored rows of <typeparamref name="TEntity"/>, by id; ids not stored are absent, a NULL is <see langword="default"/>.</summary>
    private Task<Dictionary<int, TValue>> LookupAsync<TEntity, TValue>(string property, IEnumerable<int> ids, CancellationToken cancellationToken) =>
        LookupAsync<TValue>(schema.Model.FindEntityType(typeof(TEntity))!, property, ids, cancellationToken);

    /// <summary>Reads one property of stored rows of <paramref name="entity"/>, by id; ids not stored are absent, a NULL is <see langword="default"/>.</summary>
    private async Task<Dictionary<int, TValue>> LookupAsync<TValue>(IEntityType entity, string property, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<int, TValue>();
        var key = schema.ColumnSql(entity, nameof(Entity.Id));
        var select = $"SELECT {key}, {schema.ColumnSql(entity, property)} FROM {schema.TableSql(entity)} WHERE {key} IN ";
        foreach (var chunk in ids.Distinct().Chunk(LookupChunk))
        {
            await using var command = connection.CreateCommand();
            var placeholders = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = schema.Sql.GenerateParameterName($"p{i}");
                parameter.Value = chunk[i];
                command.Parameters.Add(parameter);
                placeholders[i] = schema.Sql.GenerateParameterNamePlaceholder($"p{i}");
            }

            command.CommandText = $"{select}({string.Join(", ", placeholders)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // A nullable property reads as null (ask for int? or string?), never as an error.
                found[reader.GetInt32(0)] = reader.IsDBNull(1) ? default! : reader.GetFieldValue<TValue>(1);
            }
        }

        return found;
    }
}
