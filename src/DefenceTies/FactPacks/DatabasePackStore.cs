using System.Text.Json;
using DefenceTies.Model;
using DefenceTies.Reference;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.FactPacks;

/// <summary>
/// The store of a pack imported into a database. Before planting, it loads the stored facts the
/// pack could merge onto — those sharing a nation, a name or a date with the pack — with their
/// citations and links, in a few queries; lookups then run over the context's tracked entities, which
/// include what the pack adds.
/// </summary>
internal sealed class DatabasePackStore : PackStore
{
    private readonly DefenceTiesDbContext _db;

    // The keys of the documents of loaded citations whose document is not loaded itself: what a
    // known fact's reference names (loading the documents would load their texts).
    private readonly Dictionary<int, string> _documentKeys;

    private DatabasePackStore(DefenceTiesDbContext db, Dictionary<int, string> documentKeys)
    {
        _db = db;
        _documentKeys = documentKeys;
    }

    /// <summary>Loads what <paramref name="pack"/> could merge onto.</summary>
    public static DatabasePackStore Load(DefenceTiesDbContext db, FactPack pack)
    {
        var tracking = Track(db);
        try
        {
            foreach (var query in Queries(db, Keys.Of(pack)))
            {
                query.Load();
            }

            return new DatabasePackStore(db, DocumentKeys(db).ToDictionary(d => d.Id, d => d.Key));
        }
        finally
        {
            db.ChangeTracker.QueryTrackingBehavior = tracking;
        }
    }

    /// <summary>Loads what <paramref name="pack"/> could merge onto.</summary>
    public static async Task<DatabasePackStore> LoadAsync(DefenceTiesDbContext db, FactPack pack, CancellationToken cancellationToken)
    {
        var tracking = Track(db);
        try
        {
            foreach (var query in Queries(db, Keys.Of(pack)))
            {
                await query.LoadAsync(cancellationToken).ConfigureAwait(false);
            }

            return new DatabasePackStore(db, await DocumentKeys(db).ToDictionaryAsync(d => d.Id, d => d.Key, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            db.ChangeTracker.QueryTrackingBehavior = tracking;
        }
    }

    public override bool HoldsStoredFacts => true;

    /// <summary>
    /// Makes the context track what the queries load (lookups read the tracked entities), even one
    /// that does not by default, such as a PostgreSQL read context; returns the behaviour to restore.
    /// </summary>
    private static QueryTrackingBehavior Track(DefenceTiesDbContext db)
    {
        var tracking = db.ChangeTracker.QueryTrackingBehavior;
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        return tracking;
    }

    public override Nation? Nation(string code, out string? problem)
    {
        var nation = _db.Nations.Local.FirstOrDefault(n => n.Alpha2Code == code || n.Alpha3Code == code);
        problem = nation is not null ? null
            : (code.Length == 2 ? NationReference.FindAlpha2(code) : NationReference.FindAlpha3(code)) is null ? Unassigned(code)
            : $"no nation with code '{code}' is stored; nations are reference data: apply the built-in seeds first (DefenceTiesSeeder.Default: its ReferenceNationsSeed stores all of them).";
        return nation;
    }

    public override IEnumerable<T> All<T>() => _db.Set<T>().Local;

    public override void Add(Entity fact) => _db.Add(fact);

    public override void AddCitation(Citation citation) => _db.Add(citation);

    public override string DocumentKeyOf(Citation citation) =>
        citation.SourceDocument?.Key ?? _documentKeys.GetValueOrDefault(citation.SourceDocumentId)
        ?? throw new InvalidOperationException($"The document of citation {citation.Id} was not loaded with the facts a pack could merge onto.");

    /// <summary>The keys of the documents of the tracked citations whose document is not tracked.</summary>
    private static IQueryable<(int Id, string Key)> DocumentKeys(DefenceTiesDbContext db)
    {
        var ids = db.ChangeTracker.Entries<Citation>().Where(c => c.Entity.SourceDocument is null).Select(c => c.Entity.SourceDocumentId).Distinct().ToList();
        return db.SourceDocuments.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new ValueTuple<int, string>(d.Id, d.Key));
    }

    /// <summary>
    /// The queries, lazily: the nations are loaded first, and the rest select by their ids. Each
    /// reads a bounded set: what shares a nation, a name or a date with the pack, never whole tables
    /// of events.
    /// </summary>
    private static IEnumerable<IQueryable<object>> Queries(DefenceTiesDbContext db, Keys keys)
    {
        var codes = keys.Codes;
        var texts = keys.Texts;
        yield return db.Nations.Where(n => codes.Contains(n.Alpha2Code) || codes.Contains(n.Alpha3Code));
        var ids = db.Nations.Local.Where(n => codes.Contains(n.Alpha2Code) || codes.Contains(n.Alpha3Code)).Select(n => n.Id).ToList();

        yield return db.Organisations.Include(o => o.Citation).Where(o => (o.NationId != null && ids.Contains(o.NationId.Value)) || (o.NationId == null && texts.Contains(o.Name!)));
        var bodies = db.Organisations.Local.Select(o => o.Id).ToList();
        yield return db.OrganisationMemberships.Include(m => m.Citation).Where(m => bodies.Contains(m.OrganisationId));
        yield return db.Ownerships.Include(o => o.Citation).Where(o => bodies.Contains(o.OwnedId));
        yield return db.DefenceDeals.Include(d => d.Citation).Where(d => texts.Contains(d.Designation));
        yield return db.People.Include(p => p.Citation).Where(p => texts.Contains(p.Name));

        // What the pack's names match only as name keys or by another name: refused naming the known fact.
        var nameKeys = texts.Select(NameKey.Of).Distinct().ToList();
        yield return db.People.Include(p => p.Citation).Where(p => nameKeys.Contains(EF.Property<string>(p, NameKey.Property)));
        yield return Agreements(db).Where(a => nameKeys.Contains(EF.Property<string>(a, NameKey.Property)));
        yield return db.OtherNames.Include(o => o.Citation)
            .Include(o => o.Person!.Citation).Include(o => o.Post!.Citation).Include(o => o.Organisation!.Citation)
            .Include(o => o.Agreement!.Citation).Include(o => o.Agreement!.Parties).ThenInclude(p => p.Citation)
            .Where(o => nameKeys.Contains(EF.Property<string>(o, NameKey.Property)));
        yield return db.Posts.Include(p => p.Citation).Where(p => (p.NationId != null && ids.Contains(p.NationId.Value)) || (p.NationId == null && texts.Contains(p.Title)));
        yield return db.PostHoldings.Include(h => h.Citation).Where(h => texts.Contains(h.Person.Name));
        yield return db.Statements.Include(s => s.Citation).Where(s => texts.Contains(s.Content));
        yield return db.CooperationAreas.Include(a => a.Citation).Where(a => texts.Contains(a.Name));
        yield return db.Regions.Include(r => r.Citation).Where(r => texts.Contains(r.Name));
        yield return db.SecurityIssues.Include(i => i.Citation).Include(i => i.Regions).ThenInclude(r => r.Citation)
            .Include(i => i.Actors).ThenInclude(a => a.Citation).Where(i => texts.Contains(i.Name));
        yield return db.Policies.Include(p => p.Citation).Where(p => ids.Contains(p.NationId));
        yield return db.PolicyLinks.Include(l => l.Citation).Where(l => ids.Contains(l.From.NationId));
        yield return db.PolicyPartners.Include(p => p.Citation).Where(p => ids.Contains(p.Policy.NationId));
        yield return db.NationRelations.Include(r => r.Citation).Where(r => ids.Contains(r.SubjectNationId));
        yield return db.NationalAims.Include(a => a.Citation).Where(a => ids.Contains(a.NationId));
        yield return db.Initiatives.Include(i => i.Citation).Include(i => i.Participants).ThenInclude(p => p.Citation).Where(i => texts.Contains(i.Name));
        // A series with every edition: an edition is found by its start date among them.
        yield return db.ExerciseSeries.Include(s => s.Citation)
            .Include(s => s.Editions).ThenInclude(e => e.Citation)
            .Include(s => s.Editions).ThenInclude(e => e.Participants).ThenInclude(p => p.Citation)
            .Include(s => s.Editions).ThenInclude(e => e.Participants).ThenInclude(p => p.Contributions).ThenInclude(c => c.Citation)
            .Include(s => s.Editions).ThenInclude(e => e.Places).ThenInclude(p => p.Citation)
            .Where(s => texts.Contains(s.Name));
        // An invitation is found by its parties (a nation of the pack, or a person it names) and its event.
        yield return db.Invitations.Include(i => i.Citation).Where(i => (i.InviterNationId != null && ids.Contains(i.InviterNationId.Value)) || (i.InviteeNationId != null && ids.Contains(i.InviteeNationId.Value))
            || (i.InviterPerson != null && texts.Contains(i.InviterPerson.Name)) || (i.InviteePerson != null && texts.Contains(i.InviteePerson.Name)));
        foreach (var date in keys.Dates)
        {
            yield return Agreements(db).Where(a => a.ConcludedOn == date && (a.Parties.Any(p => ids.Contains(p.NationId)) || a.OrganisationParties.Any(p => bodies.Contains(p.OrganisationId))));
            yield return Engagements(db).Where(e => e.HeldOn == date && e.Delegations.Any(d => ids.Contains(d.NationId)));
        }

        // Undated agreements can only be told apart by kind and parties.
        yield return Agreements(db).Where(a => a.ConcludedOn == null && (a.Parties.Any(p => ids.Contains(p.NationId)) || a.OrganisationParties.Any(p => bodies.Contains(p.OrganisationId))));
        yield return WorkingGroups(db).Where(g => texts.Contains(g.Name!) || (g.Name == null && g.Members.Any(m => ids.Contains(m.NationId))));

        foreach (var query in Referenced(db, keys))
        {
            yield return query;
        }

        // The other names of every fact loaded that may have some: a restated one is cited again.
        var people = db.People.Local.Select(p => p.Id).ToList();
        var posts = db.Posts.Local.Select(p => p.Id).ToList();
        var organisations = db.Organisations.Local.Select(o => o.Id).ToList();
        var agreements = db.Agreements.Local.Select(a => a.Id).ToList();
        yield return db.OtherNames.Include(o => o.Citation).Where(o =>
            (o.PersonId != null && people.Contains(o.PersonId.Value)) || (o.PostId != null && posts.Contains(o.PostId.Value))
            || (o.OrganisationId != null && organisations.Contains(o.OrganisationId.Value)) || (o.AgreementId != null && agreements.Contains(o.AgreementId.Value)));
    }

    /// <summary>
    /// The facts the pack references explicitly (FactReference): the documents named, their keyed
    /// citations, the events those cite or that a generated kind/id names, and for the latter the
    /// citations of the named documents that corroborate them (a document that cites the fact).
    /// </summary>
    private static IEnumerable<IQueryable<object>> Referenced(DefenceTiesDbContext db, Keys keys)
    {
        if (keys.References.Count == 0)
        {
            yield break;
        }

        var documents = keys.References.Select(r => r.Document).Distinct().ToList();
        var factKeys = keys.References.Select(r => r.Fact).Distinct().ToList();
        var generated = keys.References.Select(r => FactReference.TryParseGenerated(r.Fact, out _, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        yield return db.SourceDocuments.Where(d => documents.Contains(d.Key));
        yield return db.Citations.Where(c => c.FactKey != null && factKeys.Contains(c.FactKey) && documents.Contains(c.SourceDocument.Key));
        var primaries = db.Citations.Local.Where(c => c.FactKey is not null && factKeys.Contains(c.FactKey)).Select(c => c.CorroboratesId ?? c.Id).ToList();
        yield return Engagements(db).Where(e => primaries.Contains(e.CitationId) || generated.Contains(e.Id));
        yield return Agreements(db).Where(a => primaries.Contains(a.CitationId) || generated.Contains(a.Id));
        yield return WorkingGroups(db).Where(g => primaries.Contains(g.CitationId) || generated.Contains(g.Id));
        var cited = db.Engagements.Local.Where(e => generated.Contains(e.Id)).Select(e => e.CitationId)
            .Concat(db.Agreements.Local.Where(a => generated.Contains(a.Id)).Select(a => a.CitationId))
            .Concat(db.WorkingGroups.Local.Where(g => generated.Contains(g.Id)).Select(g => g.CitationId)).ToList();
        yield return db.Citations.Where(c => c.CorroboratesId != null && cited.Contains(c.CorroboratesId.Value) && documents.Contains(c.SourceDocument.Key));
    }

    // Each event with the links a merge reads and extends, for the near-duplicate rule and for references alike.
    private static IQueryable<Agreement> Agreements(DefenceTiesDbContext db) =>
        db.Agreements.Include(a => a.Citation).Include(a => a.Parties).ThenInclude(p => p.Citation).Include(a => a.OrganisationParties).ThenInclude(p => p.Citation)
            .Include(a => a.Signatories).ThenInclude(s => s.Citation)
            .Include(a => a.Events).ThenInclude(e => e.Citation).Include(a => a.ValueCitations).ThenInclude(v => v.Citation);

    private static IQueryable<Engagement> Engagements(DefenceTiesDbContext db) =>
        db.Engagements.Include(e => e.Citation)
            .Include(e => e.Participants).ThenInclude(p => p.Citation)
            .Include(e => e.Delegations).ThenInclude(d => d.Citation)
            .Include(e => e.Delegations).ThenInclude(d => d.Members).ThenInclude(m => m.Citation)
            .Include(e => e.Topics).ThenInclude(t => t.Citation)
            .Include(e => e.Agreements).ThenInclude(a => a.Citation);

    private static IQueryable<WorkingGroup> WorkingGroups(DefenceTiesDbContext db) =>
        db.WorkingGroups.Include(g => g.Citation)
            .Include(g => g.Members).ThenInclude(m => m.Citation)
            .Include(g => g.FocusAreas).ThenInclude(f => f.Citation);

    /// <summary>Every string of the pack's facts (names, titles, codes) and every date in them: what a stored fact must share with the pack to be merged onto.</summary>
    private sealed record Keys(List<string> Codes, List<string> Texts, List<PartialDate> Dates, List<FactReference> References)
    {
        public static Keys Of(FactPack pack)
        {
            var strings = new HashSet<string>(StringComparer.Ordinal);
            Collect(pack.Root.GetProperty("facts"), strings);
            var dates = strings.Select(s => PartialDate.TryParse(s, out var d) ? d : (PartialDate?)null).OfType<PartialDate>().Distinct().ToList();
            // A code as stored (and as packs write it): one NationCodes leaves as it is.
            var codes = strings.Where(s => NationCodes.TryNormalise(s, out var code) && code == s).ToList();
            var references = pack.Root.GetProperty("facts").EnumerateArray()
                .Select(f => f.TryGetProperty("corroborates", out var c) && c.ValueKind == JsonValueKind.Object
                    ? new FactReference(c.GetProperty("document").GetString()!, c.GetProperty("fact").GetString()!) : null)
                .OfType<FactReference>().ToList();
            return new Keys(codes, [.. strings], dates, references);
        }

        private static void Collect(JsonElement element, HashSet<string> strings)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    strings.Add(element.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, strings);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        // Passages and notes are long and never keys.
                        if (property.Name is not ("cite" or "valueCites"))
                        {
                            Collect(property.Value, strings);
                        }
                    }

                    break;
            }
        }
    }
}
