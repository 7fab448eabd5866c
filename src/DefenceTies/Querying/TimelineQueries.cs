using System.Runtime.CompilerServices;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DefenceTies.Querying;

/// <summary>The timeline of two nations' relationship, drawn from several tables at once.</summary>
public static class TimelineQueries
{
    /// <summary>
    /// The engagements both nations attended, the agreements both are party to, the exercises both
    /// took part in and the deals between them (either way, a body counting for its stated nation), as one query (a SQL <c>UNION ALL</c>) in date order.
    /// </summary>
    /// <remarks>
    /// Engagements are dated by <see cref="Engagement.HeldOn"/>, agreements by
    /// <see cref="Agreement.ConcludedOn"/> (or, when not stated, <see cref="Agreement.EnteredIntoForceOn"/>),
    /// exercises by <see cref="MilitaryExercise.StartedOn"/>, deals by <see cref="DefenceDeal.SignedOn"/>
    /// (else <see cref="DefenceDeal.AwardedOn"/>, else <see cref="DefenceDeal.DecidedOn"/>). Dates sort as partial dates do, a coarser
    /// date before the finer dates inside it (<c>2012</c> before <c>2012-03</c>); on one date, engagements
    /// come before agreements, agreements before exercises and exercises before deals (<see cref="TimelineEntryKind"/>), then by
    /// title. Undated events (the report gives exercise MAITREE no date) are kept, and sorted last.
    /// The result is an ordinary EF Core query and composes with further LINQ; a new <c>OrderBy</c>
    /// replaces this order. For the whole timeline as it is, <see cref="RelationshipTimelineAsync"/>
    /// gives the same rows from an EF Core compiled query.
    /// </remarks>
    /// <param name="db">The context.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"IN"</c>; case-insensitive (upper-cased before matching).</param>
    /// <param name="otherNation">Another nation's alpha-2 code, such as <c>"TH"</c>.</param>
    /// <exception cref="ArgumentException">A code is not two letters, or both codes name the same nation.</exception>
    public static IQueryable<TimelineEntry> RelationshipTimeline(this DefenceTiesDbContext db, string nation, string otherNation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        return Build(db, a, b);
    }

    /// <summary>
    /// The fast path for the whole timeline: the rows of <see cref="RelationshipTimeline"/>, in its
    /// order, read by an EF Core compiled query made once per model from the same query.
    /// </summary>
    /// <remarks>
    /// EF Core translates a query once and caches it, but every execution still walks the whole
    /// expression tree to find its parameters and its cache entry; for the timeline's tree of three
    /// joined branches that walk is a measurable part of a small answer, and a compiled query skips
    /// it (allocations 128 → 88 KB per call, docs/performance.md). The SQL is the same. Use
    /// <see cref="RelationshipTimeline"/> to filter, page or count on the server.
    /// </remarks>
    /// <param name="db">The context.</param>
    /// <param name="nation">An ISO 3166-1 alpha-2 code, such as <c>"IN"</c>; case-insensitive (upper-cased before matching).</param>
    /// <param name="otherNation">Another nation's alpha-2 code, such as <c>"TH"</c>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The timeline's entries in date order.</returns>
    /// <exception cref="ArgumentException">A code is not two letters, or both codes name the same nation.</exception>
    public static Task<List<TimelineEntry>> RelationshipTimelineAsync(this DefenceTiesDbContext db, string nation, string otherNation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (a, b) = NationCode.Pair(nation, otherNation, nameof(nation), nameof(otherNation));
        return ReadAsync(CompiledTimeline.For(db).Run(db, a, b), cancellationToken);
    }

    private static async Task<List<TimelineEntry>> ReadAsync(IAsyncEnumerable<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        var list = new List<TimelineEntry>();
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(entry);
        }

        return list;
    }

    private static IQueryable<TimelineEntry> Build(DefenceTiesDbContext db, string a, string b)
    {
        var engagements = db.Engagements.Between(a, b).Select(e => new TimelineEntry
        {
            Date = e.HeldOn,
            Kind = TimelineEntryKind.Engagement,
            EntityId = e.Id,
            Title = e.Subject,
            CitationPassage = e.Citation.Passage,
        });
        var agreements = db.Agreements.Between(a, b).Select(x => new TimelineEntry
        {
            Date = x.ConcludedOn ?? x.EnteredIntoForceOn,
            Kind = TimelineEntryKind.Agreement,
            EntityId = x.Id,
            Title = x.Title ?? x.Subject,
            CitationPassage = x.Citation.Passage,
        });
        var exercises = db.MilitaryExercises.Involving(a).Involving(b).Select(x => new TimelineEntry
        {
            Date = x.StartedOn,
            Kind = TimelineEntryKind.Exercise,
            EntityId = x.Id,
            // The edition's own name when stated ("MAITREE 2024"); otherwise its series' ("MAITREE").
            Title = x.Name ?? x.Series.Name,
            CitationPassage = x.Citation.Passage,
        });

        var deals = db.DefenceDeals.Between(a, b).Select(d => new TimelineEntry
        {
            Date = d.SignedOn ?? d.AwardedOn ?? d.DecidedOn,
            Kind = TimelineEntryKind.Deal,
            EntityId = d.Id,
            Title = d.Designation,
            CitationPassage = d.Citation.Passage,
        });

        return engagements.Concat(agreements).Concat(exercises).Concat(deals)
            .OrderBy(t => t.Date == null ? 1 : 0)
            .ThenBy(t => t.Date)
            .ThenBy(t => t.Kind)
            .ThenBy(t => t.Title);
    }

    /// <summary>The timeline compiled once per model (EF Core binds a compiled query to the model it first ran with).</summary>
    private sealed class CompiledTimeline
    {
        private static readonly ConditionalWeakTable<IModel, CompiledTimeline> ByModel = [];

        private CompiledTimeline(DefenceTiesDbContext db)
        {
            Run = EF.CompileAsyncQuery(QueryCompilation.Lambda<TimelineEntry>(db, Build));
        }

        public Func<DefenceTiesDbContext, string, string, IAsyncEnumerable<TimelineEntry>> Run { get; }

        public static CompiledTimeline For(DefenceTiesDbContext db) => ByModel.GetValue(db.Model, _ => new CompiledTimeline(db));
    }
}
