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

    private DatabasePackStore(DefenceTiesDbContext db) => _db = db;

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
        }
        finally
        {
            db.ChangeTracker.QueryTrackingBehavior = tracking;
        }

        return new DatabasePackStore(db);
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
        }
        finally
        {
            db.ChangeTracker.QueryTrackingBehavior = tracking;
        }

        return new DatabasePackStore(db);
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

        yield return db.Organisations.Include(o => o.Citation).Where(o => ids.Contains(o.NationId));
        yield return db.People.Include(p => p.Citation).Where(p => texts.Contains(p.Name));
        yield return db.Posts.Include(p => p.Citation).Where(p => ids.Contains(p.NationId));
        yield return db.PostHoldings.Include(h => h.Citation).Where(h => texts.Contains(h.Person.Name));
        yield return db.Statements.Include(s => s.Citation).Where(s => texts.Contains(s.Content));
        yield return db.CooperationAreas.Include(a => a.Citation).Where(a => texts.Contains(a.Name));
        yield return db.Regions.Include(r => r.Citation).Where(r => texts.Contains(r.Name));
        yield return db.SecurityIssues.Include(i => i.Citation).Include(i => i.Regions).ThenInclude(r => r.Citation).Where(i => texts.Contains(i.Name));
        yield return db.Policies.Include(p => p.Citation).Where(p => ids.Contains(p.NationId));
        yield return db.PolicyLinks.Include(l => l.Citation).Where(l => ids.Contains(l.From.NationId));
        yield return db.PolicyPartners.Include(p => p.Citation).Where(p => ids.Contains(p.Policy.NationId));
        yield return db.NationRelations.Include(r => r.Citation).Where(r => ids.Contains(r.SubjectNationId));
        yield return db.NationalAims.Include(a => a.Citation).Where(a => ids.Contains(a.NationId));
        // A series with every edition: an edition is found by its start date among them.
        yield return db.ExerciseSeries.Include(s => s.Citation)
            .Include(s => s.Editions).ThenInclude(e => e.Citation)
            .Include(s => s.Editions).ThenInclude(e => e.Participants).ThenInclude(p => p.Citation)
            .Where(s => texts.Contains(s.Name));
        foreach (var date in keys.Dates)
        {
            yield return db.Agreements.Include(a => a.Citation).Include(a => a.Parties).ThenInclude(p => p.Citation).Where(a => a.ConcludedOn == date && a.Parties.Any(p => ids.Contains(p.NationId)));
            yield return db.Engagements.Include(e => e.Citation)
                .Include(e => e.Delegations).ThenInclude(d => d.Citation)
                .Include(e => e.Delegations).ThenInclude(d => d.Members).ThenInclude(m => m.Citation)
                .Include(e => e.Topics).ThenInclude(t => t.Citation)
                .Where(e => e.HeldOn == date && e.Delegations.Any(d => ids.Contains(d.NationId)));
        }

        // Undated agreements can only be told apart by kind and parties.
        yield return db.Agreements.Include(a => a.Citation).Include(a => a.Parties).ThenInclude(p => p.Citation)
            .Where(a => a.ConcludedOn == null && a.Parties.Any(p => ids.Contains(p.NationId)));
        yield return db.WorkingGroups.Include(g => g.Citation)
            .Include(g => g.Members).ThenInclude(m => m.Citation)
            .Include(g => g.FocusAreas).ThenInclude(f => f.Citation)
            .Where(g => texts.Contains(g.Name!) || (g.Name == null && g.Members.Any(m => ids.Contains(m.NationId))));
    }

    /// <summary>Every string of the pack's facts (names, titles, codes) and every date in them: what a stored fact must share with the pack to be merged onto.</summary>
    private sealed record Keys(List<string> Codes, List<string> Texts, List<PartialDate> Dates)
    {
        public static Keys Of(FactPack pack)
        {
            var strings = new HashSet<string>(StringComparer.Ordinal);
            Collect(pack.Root.GetProperty("facts"), strings);
            var dates = strings.Select(s => PartialDate.TryParse(s, out var d) ? d : (PartialDate?)null).OfType<PartialDate>().Distinct().ToList();
            // A code as stored (and as packs write it): one NationCodes leaves as it is.
            var codes = strings.Where(s => NationCodes.TryNormalise(s, out var code) && code == s).ToList();
            return new Keys(codes, [.. strings], dates);
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
