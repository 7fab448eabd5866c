using System.Globalization;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies.Verification;

/// <summary>
/// Checks what a database holds against the rules its constraints cannot hold on their own, so a
/// row stored behind the library's back (raw SQL, an import with constraints switched off) is
/// reported instead of failing the queries that read it. The command-line <c>verify</c> command
/// runs it.
/// </summary>
public static class StoredDataCheck
{
    /// <summary>
    /// Finds, in a migrated DefenceTies database: agreements with fewer than two distinct parties
    /// (SaveChanges and the bulk path refuse them, but no constraint can: parties are rows of their
    /// own); and partial dates whose stored text is not a date (<c>2024-02-30</c>), which the CHECK
    /// constraints refuse unless they were switched off (SQLite's <c>PRAGMA ignore_check_constraints</c>)
    /// and which would otherwise make every query reading the row throw; name keys (<c>name_key</c>)
    /// that are not the <see cref="NameKey"/> of their text, which lookups by name would miss; and
    /// other names whose language is not a BCP 47 tag; ownerships of a body that is not a company, joint
    /// venture or state-owned enterprise, or whose shares from one source pass 100 %; and signatories
    /// on behalf of a nation that is not a party of the agreement. Reads every row of the
    /// tables concerned; writes nothing.
    /// </summary>
    /// <param name="db">A context on the database to check; its tracked entities are not used.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The findings, by entity and id; empty when the rules hold.</returns>
    public static async Task<IReadOnlyList<StoredDataFinding>> CheckAsync(DefenceTiesDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var findings = new List<StoredDataFinding>();

        // The projection reads no date, so a malformed one cannot stop this query.
        var fewParties = await db.Agreements.AsNoTracking()
            .Select(a => new { a.Id, Parties = a.Parties.Select(p => p.NationId).Distinct().Count() + a.OrganisationParties.Count })
            .Where(a => a.Parties < Agreement.MinimumParties)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        findings.AddRange(fewParties.Select(a => new StoredDataFinding(
            nameof(Agreement), nameof(Agreement.Parties), a.Id, a.Parties, $"an agreement has at least {Agreement.MinimumParties} distinct parties; this one has {a.Parties}.")));

        findings.AddRange(await FindOwnershipAndSignatoryBreachesAsync(db, cancellationToken).ConfigureAwait(false));
        findings.AddRange(await FindLegalLifeBreachesAsync(db, cancellationToken).ConfigureAwait(false));

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var (entity, property) in PartialDateProperties(db.Model))
            {
                findings.AddRange(await FindBadDatesAsync(db, entity, property, cancellationToken).ConfigureAwait(false));
            }

            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.FindProperty(NameKey.Property) is not null).OrderBy(e => e.ClrType.Name, StringComparer.Ordinal))
            {
                findings.AddRange(await FindBadNameKeysAsync(db, entity, cancellationToken).ConfigureAwait(false));
            }

            var deals = db.Model.FindEntityType(typeof(DefenceDeal))!;
            findings.AddRange(await FindBadAsync(db, deals, deals.FindProperty(nameof(DefenceDeal.ValueCurrency))!, static (_, text) => text is null || Reference.CurrencyReference.IsCode(text)
                ? null : $"not an ISO 4217 code of {Reference.CurrencyReference.IsoSource}.", cancellationToken).ConfigureAwait(false));

            var regions = db.Model.FindEntityType(typeof(Region))!;
            findings.AddRange(await FindBadAsync(db, regions, regions.FindProperty(nameof(Region.SubdivisionCode))!, static (_, text) => text is null || Reference.SubdivisionReference.IsCode(text)
                ? null : $"not an ISO 3166-2 code of {Reference.SubdivisionReference.IsoSource}.", cancellationToken).ConfigureAwait(false));

            var otherNames = db.Model.FindEntityType(typeof(OtherName))!;
            findings.AddRange(await FindBadAsync(db, otherNames, otherNames.FindProperty(nameof(OtherName.Language))!, static (_, text) => text is null || OtherName.IsLanguageTag(text)
                ? null : "not a BCP 47 language tag (language, then optional script, region and variant subtags, such as 'hi' or 'pt-BR').", cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return findings;
    }

    /// <summary>
    /// The rules of ownerships and signatories that span tables: an owned body is a company, joint
    /// venture or state-owned enterprise; the shares one source states for one body add up to at most
    /// 100 % (<see cref="Ownership.CheckTotal"/>); a body signs on behalf of a party of the agreement.
    /// </summary>
    private static async Task<List<StoredDataFinding>> FindOwnershipAndSignatoryBreachesAsync(DefenceTiesDbContext db, CancellationToken cancellationToken)
    {
        var findings = new List<StoredDataFinding>();
        var kinds = Ownership.OwnedKinds.ToList();
        var badKinds = await db.Ownerships.AsNoTracking().Where(o => !kinds.Contains(o.Owned.Kind)).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Owned.Kind }).ToListAsync(cancellationToken).ConfigureAwait(false);
        findings.AddRange(badKinds.Select(o => new StoredDataFinding(nameof(Ownership), nameof(Ownership.Owned), o.Id, o.Kind,
            $"only a body of kind {string.Join(", ", kinds)} is owned; this one is a {o.Kind}.")));

        // Shares are few beside other facts: summed here, per owned body and source, as the import does.
        var shares = await db.Ownerships.AsNoTracking().Where(o => o.Share != null).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.OwnedId, o.Citation.SourceDocumentId, o.Share }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in shares.GroupBy(o => (o.OwnedId, o.SourceDocumentId)))
        {
            var total = group.Sum(o => o.Share!.Value.BasisPoints);
            if (total > Share.WholeBasisPoints)
            {
                findings.Add(new StoredDataFinding(nameof(Ownership), nameof(Ownership.Share), group.Last().Id, total,
                    $"the shares document {group.Key.SourceDocumentId} states for body {group.Key.OwnedId} add up to {total / 100m}%; expected at most 100%."));
            }
        }

        var nonParties = await db.AgreementSignatories.AsNoTracking()
            .Where(s => s.OnBehalfOfId != null && !s.Agreement.Parties.Any(p => p.NationId == s.OnBehalfOfId)).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.OnBehalfOfId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        findings.AddRange(nonParties.Select(s => new StoredDataFinding(nameof(AgreementSignatory), nameof(AgreementSignatory.OnBehalfOf), s.Id, s.OnBehalfOfId,
            "a body signs on behalf of a party; this nation is not a party of the agreement.")));
        return findings;
    }

    /// <summary>
    /// The rules of agreements' legal lives that span tables: an event's party is a party of its
    /// agreement; an agreement with events holds the status and dates they give
    /// (<see cref="AgreementLegalLife"/>), as every write path of the library leaves it.
    /// </summary>
    private static async Task<List<StoredDataFinding>> FindLegalLifeBreachesAsync(DefenceTiesDbContext db, CancellationToken cancellationToken)
    {
        var findings = new List<StoredDataFinding>();
        var nonParties = await db.AgreementEvents.AsNoTracking()
            .Where(e => e.PartyId != null && !e.Agreement.Parties.Any(p => p.NationId == e.PartyId)).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.PartyId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        findings.AddRange(nonParties.Select(e => new StoredDataFinding(nameof(AgreementEvent), nameof(AgreementEvent.Party), e.Id, e.PartyId,
            "an event is for a party of its agreement; this nation is not one.")));

        // Events are few beside agreements: the agreements that have any, with their events, in memory.
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.Events.Any()).Include(a => a.Events).OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var a in agreements)
        {
            var life = AgreementLegalLife.Of(a.Events);
            if (life.Status is { } status && status != a.Status)
            {
                findings.Add(new StoredDataFinding(nameof(Agreement), nameof(Agreement.Status), a.Id, a.Status, $"its events make it {status}; expected the status its events give."));
            }

            if (life.EntryIntoForce?.OccurredOn is { } entry && entry != a.EnteredIntoForceOn)
            {
                findings.Add(new StoredDataFinding(nameof(Agreement), nameof(Agreement.EnteredIntoForceOn), a.Id, a.EnteredIntoForceOn, $"its events date its entry into force {entry}; expected that date."));
            }

            if (life.End?.OccurredOn is { } end && end != a.EndedOn)
            {
                findings.Add(new StoredDataFinding(nameof(Agreement), nameof(Agreement.EndedOn), a.Id, a.EndedOn, $"its events date its end {end}; expected that date."));
            }
        }

        return findings;
    }

    private static IEnumerable<(IEntityType Entity, IProperty Property)> PartialDateProperties(IModel model) =>
        from entity in model.GetEntityTypes()
        where entity.GetTableName() is not null && entity.FindPrimaryKey()?.Properties is [{ ClrType: var key }] && key == typeof(int)
        from property in entity.GetProperties()
        where (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(PartialDate)
        orderby entity.ClrType.Name, property.Name
        select (entity, property);

    /// <summary>
    /// The name keys (<see cref="NameKey"/>) that are not the key of the text they key: the library
    /// writes them on every save and in the bulk path; a row written by raw SQL may lack or break one,
    /// and lookups by name or other name (<c>KnownAs</c>) and the fact-pack import would then miss it.
    /// </summary>
    private static Task<List<StoredDataFinding>> FindBadNameKeysAsync(DefenceTiesDbContext db, IEntityType entity, CancellationToken cancellationToken) =>
        FindBadAsync(db, entity, entity.FindProperty(NameKey.Property)!, (row, key) =>
        {
            var expected = NameKey.OfOptional(row);
            return key == expected ? null : $"is not the name key of its {NameKey.KeyedProperty(entity.ClrType)} ('{row}' has the key '{expected}'); write the key the library computes (NameKey.Of), or save the row through the library.";
        }, cancellationToken, entity.FindProperty(NameKey.KeyedProperty(entity.ClrType))!);

    /// <summary>
    /// Reads one column as stored (with another column of the row, if given) and keeps the rows the
    /// rule finds a problem with: the rule gets the other column's text and the column's text.
    /// </summary>
    private static async Task<List<StoredDataFinding>> FindBadAsync(
        DefenceTiesDbContext db, IEntityType entity, IProperty property, Func<string?, string?, string?> problem, CancellationToken cancellationToken, IProperty? with = null)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = sql.DelimitIdentifier(entity.FindPrimaryKey()!.Properties[0].GetColumnName(table)!);
        var column = sql.DelimitIdentifier(property.GetColumnName(table)!);
        var other = with is null ? "NULL" : sql.DelimitIdentifier(with.GetColumnName(table)!);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT {key}, {other}, {column} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} ORDER BY {key}";
        var found = new List<StoredDataFinding>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = reader.IsDBNull(1) ? null : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture);
            var text = reader.IsDBNull(2) ? null : Convert.ToString(reader.GetValue(2), CultureInfo.InvariantCulture);
            if (problem(row, text) is { } message)
            {
                found.Add(new StoredDataFinding(entity.ClrType.Name, property.Name, reader.GetInt32(0), text, message));
            }
        }

        return found;
    }

    /// <summary>Reads the stored text of one partial-date column (not through its converter, which would throw) and keeps what does not parse.</summary>
    private static Task<List<StoredDataFinding>> FindBadDatesAsync(DefenceTiesDbContext db, IEntityType entity, IProperty property, CancellationToken cancellationToken) =>
        FindBadAsync(db, entity, property, static (_, text) => text is null || PartialDate.TryParse(text, out PartialDate _) ? null
            : "not a partial date (yyyy, yyyy-MM or yyyy-MM-dd, a day the month has); queries reading this row fail until it is corrected.", cancellationToken);
}
