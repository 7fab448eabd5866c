using DefenceTies.Model;
using DefenceTies.Querying;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Cli.Briefing;

/// <summary>
/// Reads the evidence of a set of facts through the library's query API: the primary citation,
/// <c>Stated()</c> for whether any source says it outright, <c>WithSources()</c> for the documents
/// behind it and <c>ClaimedBy</c> for whose claim it is. Whose claim a fact is can only be asked
/// per speaker, so the speakers (everyone who made a stored statement) are read once.
/// </summary>
internal sealed class EvidenceReader
{
    private readonly IReadOnlyList<(Organisation Speaker, string Label)> _organisations;
    private readonly IReadOnlyList<(Person Speaker, string Label)> _people;

    private EvidenceReader(IReadOnlyList<(Organisation, string)> organisations, IReadOnlyList<(Person, string)> people)
    {
        _organisations = organisations;
        _people = people;
    }

    public static async Task<EvidenceReader> CreateAsync(DefenceTiesDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Nation)
            .Where(o => db.Statements.Any(s => s.SpeakerOrganisationId == o.Id))
            .OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking()
            .Where(p => db.Statements.Any(s => s.SpeakerPersonId == p.Id))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return new EvidenceReader(
            organisations.Select(o => (o, Label(o))).ToList(),
            people.Select(p => (p, p.Rank is null ? p.Name : $"{p.Rank} {p.Name}")).ToList());
    }

    // "Defence Ministry" alone does not say whose: name the nation unless the name already does.
    private static string Label(Organisation organisation) =>
        organisation.Name is { } name && !name.Contains(organisation.Nation.Name, StringComparison.Ordinal)
            ? $"{organisation.Nation.Name}'s {name}"
            : organisation.DisplayName;

    /// <summary>The evidence of each fact of <paramref name="facts"/>, by the fact's id.</summary>
    public async Task<IReadOnlyDictionary<int, Evidence>> ReadAsync<T>(IQueryable<T> facts, CancellationToken cancellationToken)
        where T : CitedEntity
    {
        facts = facts.AsNoTracking();
        var primary = await facts
            .Select(f => new { f.Id, f.Citation.Passage, Source = f.Citation.SourceDocument.Key, f.Citation.Support, f.Citation.Note })
            .ToListAsync(cancellationToken);
        if (primary.Count == 0)
        {
            return new Dictionary<int, Evidence>();
        }

        var stated = (await facts.Stated().Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        var sources = (await facts.WithSources().ToListAsync(cancellationToken)).ToDictionary(s => s.Fact.Id, s => s.SourceKeys);
        var claims = new Dictionary<int, List<string>>();
        foreach (var (speaker, label) in _organisations)
        {
            Add(claims, await facts.ClaimedBy(speaker).Select(f => f.Id).ToListAsync(cancellationToken), label);
        }

        foreach (var (speaker, label) in _people)
        {
            Add(claims, await facts.ClaimedBy(speaker).Select(f => f.Id).ToListAsync(cancellationToken), label);
        }

        return primary.ToDictionary(
            p => p.Id,
            p => new Evidence(
                p.Passage,
                p.Source,
                p.Support,
                p.Note,
                stated.Contains(p.Id),
                claims.TryGetValue(p.Id, out var by) ? by : [],
                sources.TryGetValue(p.Id, out var keys) ? keys : [p.Source]));
    }

    private static void Add(Dictionary<int, List<string>> claims, List<int> ids, string label)
    {
        foreach (var id in ids)
        {
            if (!claims.TryGetValue(id, out var labels))
            {
                claims[id] = labels = [];
            }

            if (!labels.Contains(label))
            {
                labels.Add(label);
            }
        }
    }
}
