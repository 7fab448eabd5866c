using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

/// <summary>Merges a fact onto a known one: by natural key, by name, or (events) by the pack's own say.</summary>
internal sealed partial class PackPlanter
{
    /// <summary>Keeps the new fact, or (when a known fact has its key) cites the known one again instead.</summary>
    private T Keep<T>(T candidate, T? existing, Citation citation)
        where T : CitedEntity
    {
        if (_linkPath is null)
        {
            CiteValuesAndCheck(candidate);

            // The fact's citation names it in this document: its reference for later packs (FactReference).
            citation.Identify(FactKeyOf(_plantingFact, _plantingPath!));
        }
        else
        {
            // A link planted as a fact of its own (a policy's partner): its link's citation backs it whole.
            Check(candidate, _ => citation, _linkPath);
        }

        if (existing is null)
        {
            _store.Add(candidate);
            _addedBy.TryAdd(candidate, _plantingPath!);
            Count(typeof(T).Name, added: true);
            return candidate;
        }

        citation.Corroborate(existing);
        _store.AddCitation(citation);
        Count(typeof(T).Name, added: false);
        if (_linkPath is null)
        {
            ClaimValues(candidate, existing);
        }

        return existing;
    }

    /// <summary>
    /// Every claimable value the restating fact gives becomes one of: a new value of the known fact,
    /// a corroboration of its equal value, or a competing claim beside it — never an overwrite, never
    /// dropped (see <see cref="MergeKeys"/>). Recorded per fact for the plan.
    /// </summary>
    private void ClaimValues<T>(T candidate, T existing)
        where T : CitedEntity
    {
        var claimable = _referencedBy == _plantingPath ? MergeKeys.ClaimableWhenReferenced(typeof(T)) : MergeKeys.ClaimableOf(typeof(T));
        foreach (var property in claimable)
        {
            var value = typeof(T).GetProperty(property)!.GetValue(candidate);
            var own = candidate.CitationOf(property);
            var outcome = existing.Claim(property, value, own, ownCitation: !ReferenceEquals(own, candidate.Citation));
            Record(outcome, PackValueNames.JsonProperty(candidate, property));
        }
    }

    /// <summary>Notes a new or contested value of the fact being planted, by its name in the pack, for the plan.</summary>
    private void Record(ClaimOutcome outcome, string name)
    {
        if (outcome is not (ClaimOutcome.New or ClaimOutcome.Compete))
        {
            return;
        }

        var path = _plantingPath!;
        var values = outcome == ClaimOutcome.New ? _newValues : _contested;
        if (!values.TryGetValue(path, out var list))
        {
            values[path] = list = [];
        }

        list.Add(name);
    }

    /// <summary>
    /// A link inside a fact (a party, a member): cites the known one again, or adds it. The link's own
    /// claimable values (a member's role) are claimed on a known link as a fact's are (see
    /// <see cref="ClaimValues"/>): a value the known link holds too is corroborated, another one is a
    /// competing claim, each backed by the link's citation.
    /// </summary>
    private T Link<T>(T? existing, Citation citation, Func<T> add, params (string Property, object? Value)[] values)
        where T : CitedEntity
    {
        if (existing is null)
        {
            var added = add();
            Check(added, _ => citation, _linkPath!);
            _store.AddCitation(citation);
            Count(typeof(T).Name, added: true);
            return added;
        }

        Check(existing, _ => citation, _linkPath!);
        citation.Corroborate(existing);
        _store.AddCitation(citation);
        Count(typeof(T).Name, added: false);
        var linkName = _linkPath!.StartsWith(_plantingPath + ".", StringComparison.Ordinal) ? _linkPath[(_plantingPath!.Length + 1)..] : _linkPath;
        foreach (var (property, value) in values)
        {
            Record(existing.Claim(property, value, citation, ownCitation: false), $"{linkName}.{PackValueNames.JsonProperty(existing, property)}");
        }

        return existing;
    }

    private T Named<T>(JsonElement f, string path, Func<string, T> create)
        where T : CitedEntity
    {
        var name = Text(f, "name")!;
        var candidate = create(name);
        var existing = _store.All<T>().FirstOrDefault(e => NameOf(e) == name);
        return Keep(candidate, existing, candidate.Citation);
    }

    /// <summary>
    /// The stored event this one restates, by the pack's own say: a near-duplicate (same key) may be
    /// the same event reported again or another one, and only the analyst knows which. A reference
    /// (<c>"corroborates": {"document", "fact"}</c>) names the event whatever its key says.
    /// </summary>
    private T? SameAs<T>(JsonElement f, string path, string what, string key, IEnumerable<T> matches)
        where T : CitedEntity
    {
        if (f.TryGetProperty("corroborates", out var flag) && flag.ValueKind == JsonValueKind.Object)
        {
            var referenced = Referenced<T>(flag, path, what);
            _referencedBy = referenced is null ? null : path;
            return referenced;
        }

        var found = matches.ToList();
        bool? corroborates = flag.ValueKind is JsonValueKind.True or JsonValueKind.False ? flag.GetBoolean() : null;
        switch (corroborates)
        {
            case null when found.Count > 0:
                throw Fail(path, $"a known {what} has the same {key} ({Describe(found[0])}); expected \"corroborates\": {Restates(found[0])} if this report restates it, or \"corroborates\": false if it reports another one.");
            case true when found.Count == 0 && !_store.HoldsStoredFacts:
                return null;
            case true when found.Count == 0:
                throw Fail($"{path}.corroborates", $"no known {what} has the same {key}; expected \"corroborates\" only on a fact that restates a stored one (or correct the {key}{(_pack.Version >= 2 ? ", or name the stored one by its reference: {\"document\": …, \"fact\": …}" : "")}).");
            case true when found.Count > 1:
                throw Fail($"{path}.corroborates", $"{found.Count} known {what}s have the same {key} ({string.Join(", ", found.Select(Describe))}); a pack cannot say which one it restates{(_pack.Version >= 2 ? " but by its reference: \"corroborates\": {\"document\": …, \"fact\": …}" : "")}.");
            case true:
                return found[0];
            default:
                return null;
        }
    }

    /// <summary>A known fact in words, with the reference a later pack names it by.</summary>
    private string Describe(CitedEntity fact) =>
        fact.Id > 0 ? $"stored with id {fact.Id} as {ReferenceOf(fact)}" : $"declared earlier in this plan as {ReferenceOf(fact)}";

    /// <summary>What a pack writes to say it restates <paramref name="fact"/>: its reference (format 2), or <c>true</c>.</summary>
    private string Restates(CitedEntity fact) =>
        _pack.Version >= 2 && !ReferenceEquals(fact.Citation.SourceDocument, _document) ? ReferenceOf(fact).ToString() : "true";

    /// <summary>The reference of a known fact (see <see cref="FactReference"/>).</summary>
    private FactReference ReferenceOf(CitedEntity fact) => FactReference.Of(fact, _store.DocumentKeyOf(fact.Citation));

    /// <summary>The key a fact's citation carries (<see cref="Citation.FactKey"/>): its id, or in a version-1 pack without one, its JSON path.</summary>
    private static string FactKeyOf(JsonElement fact, string path) => fact.TryGetProperty("id", out var id) ? id.GetString()! : path;

    private HashSet<string> NationSet(JsonElement f, string links, string path)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (f.TryGetProperty(links, out var array))
        {
            var i = 0;
            foreach (var link in array.EnumerateArray())
            {
                set.Add(Nation(link, "nation", $"{path}.{links}[{i++}]").Alpha2Code);
            }
        }

        return set;
    }

    /// <summary>The parties a fact's links name: nations by code, bodies (links with "organisation") by <see cref="BodyKeys"/>.</summary>
    private HashSet<string> PartySet(JsonElement f, string links, string path)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (f.TryGetProperty(links, out var array))
        {
            var i = 0;
            foreach (var link in array.EnumerateArray())
            {
                var linkPath = $"{path}.{links}[{i++}]";
                set.UnionWith(link.TryGetProperty("organisation", out _)
                    ? BodyKeys([(Reference<Organisation>(link, "organisation", linkPath, "organisation"), 0)])
                    : [Nation(link, "nation", linkPath).Alpha2Code]);
            }
        }

        return set;
    }

    /// <summary>Bodies as keys beside nations' codes: by stored id, or by identity while not yet saved.</summary>
    private static IEnumerable<string> BodyKeys(IEnumerable<(Organisation? Body, int BodyId)> bodies) =>
        bodies.Select(b => b.Body is { Id: > 0 } stored ? $"body#{stored.Id}" : b.Body is not null ? $"body@{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(b.Body)}" : $"body#{b.BodyId}");

    private static HashSet<string> NationKeys(IEnumerable<(Nation? Nation, int NationId)> nations) =>
        [.. nations.Select(n => n.Nation?.Alpha2Code ?? $"#{n.NationId}")];

    /// <summary>
    /// A reference a restating fact gives (a place, a parent event, a framework): a link, not a
    /// claim. A known fact without one takes it, cited by the restating fact's citation; another one
    /// is refused, naming the known one. A new fact took it in its constructor.
    /// </summary>
    private void LinkOnce<T>(CitedEntity known, CitedEntity candidate, string property, T? stated, Citation citation, string path, Func<T, string> describe)
        where T : Entity
    {
        if (stated is null || ReferenceEquals(known, candidate))
        {
            return;
        }

        var type = known.GetType();
        var held = (T?)type.GetProperty(property)!.GetValue(known);
        var heldId = (int?)type.GetProperty($"{property}Id")!.GetValue(known);
        if (held is null && heldId is null)
        {
            known.Claim(property, stated, citation, ownCitation: false);
        }
        else if (!Same(held, heldId ?? 0, stated))
        {
            var name = PackValueNames.JsonProperty(known, property);
            throw Fail($"{path}.{name}", $"the known {type.Name} has {name} {(held is null ? $"#{heldId}" : describe(held))}; expected that one, or none.");
        }
    }

    private static bool Same<T>(T? navigation, int foreignKey, T entity)
        where T : Entity => ReferenceEquals(navigation, entity) || (entity.Id > 0 && foreignKey == entity.Id);

    private static string? NameOf(CitedEntity fact) => fact switch
    {
        CooperationArea a => a.Name,
        SecurityIssue i => i.Name,
        _ => throw new InvalidOperationException($"{fact.GetType().Name} is not merged by name."),
    };
}
