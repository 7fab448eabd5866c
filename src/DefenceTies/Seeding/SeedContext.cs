using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Seeding;

/// <summary>
/// What a seed plants its facts through. Shared reference facts (nations, organisations, posts,
/// policies, cooperation areas, regions, security issues) are looked up by their natural keys among
/// those already stored, so a later report never duplicates what an earlier one established.
/// </summary>
public sealed class SeedContext
{
    private readonly DefenceTiesDbContext _db;

    internal SeedContext(DefenceTiesDbContext db, SourceDocument document)
    {
        _db = db;
        Document = document;
    }

    /// <summary>The context the seed plants into.</summary>
    internal DefenceTiesDbContext Db => _db;

    /// <summary>The document this seed's facts cite.</summary>
    public SourceDocument Document { get; }

    /// <summary>Cites a verbatim passage of <see cref="Document"/> as stating the fact (or as reference data, for a reference data set); each call is a new citation, one use of the passage for one fact.</summary>
    /// <exception cref="DomainRuleException">The passage is not in the document.</exception>
    public Citation Cite(string passage) => Track(Document.Cite(passage));

    /// <summary>Cites a verbatim passage of <see cref="Document"/> as implying the fact; <paramref name="note"/> says why.</summary>
    /// <exception cref="DomainRuleException">The passage is not in the document, or the note is blank.</exception>
    public Citation Infer(string passage, string note) => Track(Document.Infer(passage, note));

    private Citation Track(Citation citation)
    {
        _db.Add(citation);
        return citation;
    }

    /// <summary>
    /// The stored nation with this ISO 3166-1 alpha-2 code. Nations are reference facts: the first
    /// built-in seed (<see cref="ReferenceNationsSeed"/>) stores every assigned ISO 3166-1 entry, each
    /// citing its line of the reference list, so a report never creates one from its own words.
    /// </summary>
    /// <exception cref="DomainRuleException">No nation with this code is stored (was <see cref="ReferenceNationsSeed"/> applied first?).</exception>
    public Nation Nation(string alpha2Code) =>
        _db.Nations.Local.FirstOrDefault(n => n.Alpha2Code == alpha2Code)
        ?? throw new DomainRuleException(
            nameof(Model.Nation),
            nameof(Model.Nation.Alpha2Code),
            alpha2Code,
            $"no nation with this code is stored; nations come from the reference list, so apply {nameof(ReferenceNationsSeed)} before the seeds that use them.");

    /// <summary>The nation's organisation with this name (or, unnamed, of this kind), added if not yet stored.</summary>
    public Organisation Organisation(Nation nation, string? name, OrganisationKind kind, Citation citation, Nation? hostNation = null) =>
        _db.Organisations.Local.FirstOrDefault(o => ReferenceEquals(o.Nation, nation) && o.Name == name && (name != null || o.Kind == kind))
        ?? Add(new Organisation(nation, name, kind, citation, hostNation));

    /// <summary>The nation's post with this title, added if not yet stored.</summary>
    /// <exception cref="DomainRuleException">The post is stored, accredited to another nation than <paramref name="accreditedTo"/>.</exception>
    public Post Post(Nation nation, string title, Citation citation, Organisation? organisation = null, Nation? accreditedTo = null)
    {
        var existing = _db.Posts.Local.FirstOrDefault(p => ReferenceEquals(p.Nation, nation) && p.Title == title);
        if (existing is null)
        {
            return Add(new Post(nation, title, citation, organisation, accreditedTo));
        }

        // A later report may leave the accreditation unsaid; it may not contradict an earlier one.
        if (accreditedTo is not null && existing.AccreditedTo is { } stored && !ReferenceEquals(stored, accreditedTo))
        {
            throw new DomainRuleException(nameof(Model.Post), nameof(Model.Post.AccreditedTo), accreditedTo.Alpha2Code, $"the stored post '{title}' is accredited to {stored.Alpha2Code}.");
        }

        return existing;
    }

    /// <summary>The nation's policy with this name, added if not yet stored.</summary>
    public Policy Policy(Nation nation, string name, Citation citation, string? aim = null) =>
        _db.Policies.Local.FirstOrDefault(p => ReferenceEquals(p.Nation, nation) && p.Name == name)
        ?? Add(new Policy(nation, name, citation, aim));

    /// <summary>The cooperation area with this name, added if not yet stored.</summary>
    public CooperationArea CooperationArea(string name, Citation citation) =>
        _db.CooperationAreas.Local.FirstOrDefault(a => a.Name == name) ?? Add(new CooperationArea(name, citation));

    /// <summary>The region with this name, added if not yet stored.</summary>
    public Region Region(string name, RegionKind kind, Citation citation) =>
        _db.Regions.Local.FirstOrDefault(r => r.Name == name) ?? Add(new Region(name, kind, citation));

    /// <summary>The security issue with this name, added if not yet stored.</summary>
    public SecurityIssue SecurityIssue(string name, Citation citation) =>
        _db.SecurityIssues.Local.FirstOrDefault(i => i.Name == name) ?? Add(new SecurityIssue(name, citation));

    /// <summary>Adds a new fact (with any children it holds) to be stored.</summary>
    public T Add<T>(T fact)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(fact);
        _db.Add(fact);
        return fact;
    }

    /// <summary>Loads the shared reference facts that lookups search, so they run in memory.</summary>
    internal static IEnumerable<IQueryable<Entity>> ReferenceSets(DefenceTiesDbContext db) =>
    [
        db.Nations, db.Organisations, db.Posts, db.Policies, db.CooperationAreas, db.Regions, db.SecurityIssues,
    ];

    internal static void LoadReferenceFacts(DefenceTiesDbContext db)
    {
        foreach (var set in ReferenceSets(db))
        {
            set.Load();
        }
    }

    internal static async Task LoadReferenceFactsAsync(DefenceTiesDbContext db, CancellationToken cancellationToken)
    {
        foreach (var set in ReferenceSets(db))
        {
            await set.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
