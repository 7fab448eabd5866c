using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

/// <summary>
/// Turns a pack's facts into the model's entities, in the pack's order, through a
/// <see cref="PackStore"/>: the same code checks a pack on its own and imports it. Every fact is
/// built with the model's constructors (so every rule of the model applies), its stated values are
/// checked against its passage, and it is merged onto a known fact by the rules of docs/fact-packs.md
/// (a merged fact gains a corroborating citation instead of a second row). A problem is recorded
/// with its JSON path and the fact skipped; planting goes on, so every problem is reported at once.
/// The planting of each fact type is a part of its own beside this file, and the reading, citing
/// and merging blocks they share are parts too.
/// </summary>
internal sealed partial class PackPlanter
{
    private readonly FactPack _pack;
    private readonly SourceDocument _document;
    private readonly PackStore _store;
    private readonly List<FactPackProblem> _problems;
    private readonly Dictionary<string, Declared> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _declaredLater = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Added, int Merged)> _counts = new(StringComparer.Ordinal);

    // For the plan of an import: which fact of the pack added each new entity, and what each fact planted.
    private readonly Dictionary<object, string> _addedBy = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, CitedEntity> _planted = new(StringComparer.Ordinal);
    private string? _plantingPath;
    private JsonElement _plantingFact;

    // Per fact restating a known one: the values it gave the known fact, and those it contests.
    private readonly Dictionary<string, List<string>> _newValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _contested = new(StringComparer.Ordinal);

    // The path of the link (a party, a member) being planted inside the current fact; null outside links.
    private string? _linkPath;

    // The path of the fact being planted when it names the fact it restates by reference: its merge
    // key's values are then claims like its others (the reference, not they, identifies the fact).
    private string? _referencedBy;

    private PackPlanter(FactPack pack, SourceDocument document, PackStore store, List<FactPackProblem> problems)
    {
        _pack = pack;
        _document = document;
        _store = store;
        _problems = problems;
    }

    /// <summary>Checks a pack on its own: everything but what needs the database.</summary>
    public static void Check(FactPack pack, List<FactPackProblem> problems)
    {
        SourceDocument document;
        try
        {
            document = pack.CreateDocument();
        }
        catch (DomainRuleException ex)
        {
            problems.Add(new($"$.document.{Camel(ex.Field)}", ex.Message));
            return;
        }

        new PackPlanter(pack, document, new ReferencePackStore(), problems).PlantAll();
    }

    /// <summary>Plants the pack's facts, citing <paramref name="document"/>, into <paramref name="store"/>.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="document">Its document, already added to the store.</param>
    /// <param name="store">What the facts are planted into.</param>
    /// <param name="problems">Where every problem is recorded.</param>
    /// <param name="earlier">
    /// Facts added by packs planted before this one into the same store and not saved yet (a plan of
    /// several imports), with where they come from; <see langword="null"/> for none.
    /// </param>
    /// <returns>What was added and merged, per kind of fact, and what became of each fact.</returns>
    public static PackPlanting Plant(FactPack pack, SourceDocument document, PackStore store, List<FactPackProblem> problems, IReadOnlyDictionary<object, FactPackKnownFact>? earlier = null)
    {
        var planter = new PackPlanter(pack, document, store, problems);
        planter.PlantAll();
        return new PackPlanting(
            [.. planter._counts.Select(c => new FactPackImportCount(c.Key, c.Value.Added, c.Value.Merged))],
            planter.Outcomes(earlier),
            planter._addedBy.Where(a => planter._planted.TryGetValue(a.Value, out var fact) && ReferenceEquals(fact, a.Key))
                .ToDictionary(a => a.Key, a => new FactPackKnownFact(a.Key.GetType().Name, storedId: null, pack.Source, a.Value, planter.ReferenceOf((CitedEntity)a.Key)), ReferenceEqualityComparer.Instance));
    }

    /// <summary>
    /// What became of each fact of the pack, read from what the planting did: a fact with a problem
    /// (its own, or in a link inside it) is refused; one that planted the entity it kept added it;
    /// one whose entity was known corroborates that one.
    /// </summary>
    private List<FactPackFactPlan> Outcomes(IReadOnlyDictionary<object, FactPackKnownFact>? earlier)
    {
        var outcomes = new List<FactPackFactPlan>();
        var index = 0;
        foreach (var fact in _pack.Root.GetProperty("facts").EnumerateArray())
        {
            var path = $"$.facts[{index++}]";
            var type = fact.GetProperty("type").GetString()!;
            var id = fact.TryGetProperty("id", out var idValue) ? idValue.GetString() : null;
            var problems = _problems.Where(p => p.Path == path || p.Path.StartsWith(path + ".", StringComparison.Ordinal)).ToList();
            if (problems.Count > 0 || !_planted.TryGetValue(path, out var planted))
            {
                // Its problems (a fact refused for referring to a refused fact has one naming that fact).
                outcomes.Add(new(path, type, id, FactPackFactOutcome.Refuse, corroborates: null, problems));
            }
            else if (_addedBy.TryGetValue(planted, out var addedBy) && addedBy == path)
            {
                outcomes.Add(new(path, type, id, FactPackFactOutcome.Add, corroborates: null, [], new FactReference(_document.Key, FactKeyOf(fact, path))));
            }
            else
            {
                var known = addedBy is not null ? new FactPackKnownFact(planted.GetType().Name, storedId: null, _pack.Source, addedBy, ReferenceOf(planted))
                    : earlier?.GetValueOrDefault(planted) ?? new FactPackKnownFact(planted.GetType().Name, planted.Id, source: null, path: null, ReferenceOf(planted));
                var contested = _contested.GetValueOrDefault(path) ?? [];
                outcomes.Add(new(path, type, id, contested.Count > 0 ? FactPackFactOutcome.Contest : FactPackFactOutcome.Corroborate, known, [],
                    new FactReference(_document.Key, FactKeyOf(fact, path)), _newValues.GetValueOrDefault(path) ?? [], contested));
            }
        }

        return outcomes;
    }

    private void PlantAll()
    {
        var facts = _pack.Root.GetProperty("facts");
        var index = 0;
        foreach (var fact in facts.EnumerateArray())
        {
            if (fact.TryGetProperty("id", out var id) && !_declaredLater.TryAdd(id.GetString()!, $"$.facts[{index}]"))
            {
                _problems.Add(new($"$.facts[{index}].id", $"the id '{id.GetString()}' is already used by {_declaredLater[id.GetString()!]}; expected an id unique in the pack."));
            }

            index++;
        }

        index = 0;
        foreach (var fact in facts.EnumerateArray())
        {
            var path = $"$.facts[{index++}]";
            if (!Guarded(path, () => PlantFact(fact, path)) && fact.TryGetProperty("id", out var id))
            {
                _broken.Add(id.GetString()!);
            }
        }

        PlantDateline();
    }

    /// <summary>
    /// The document's dateline, a region fact of the pack (which may restate a stored place), set on
    /// the document once the facts are planted: a row of its own (<see cref="DocumentDateline"/>), so
    /// the document and the place, whose citation refers to it, are saved together. A broken region
    /// fact has its own problem.
    /// </summary>
    private void PlantDateline()
    {
        if (_pack.DatelineFact is not { } id || _broken.Contains(id))
        {
            return;
        }

        if (!_declared.TryGetValue(id, out var declared) || declared.Fact is not Region place)
        {
            _problems.Add(new("$.document.dateline", declared is null
                ? $"no fact of this pack has the id '{id}'; expected the id of the region fact of the place the dateline names."
                : $"'{id}' is a {declared.Type} fact; expected the id of the region fact of the place the dateline names."));
            return;
        }

        Guarded("$.document", () => _document.Describe(dateline: place));
    }

    private void PlantFact(JsonElement fact, string path)
    {
        var type = fact.GetProperty("type").GetString()!;
        _plantingPath = path;
        _plantingFact = fact;
        _linkPath = null;
        _referencedBy = null;
        Precheck(fact, type, path);
        CitedEntity planted = type switch
        {
            "organisation" => Organisation(fact, path),
            "membership" => Membership(fact, path),
            "ownership" => Ownership(fact, path),
            "deal" => DefenceDeal(fact, path),
            "person" => Person(fact, path),
            "post" => Post(fact, path),
            "postHolding" => PostHolding(fact, path),
            "statement" => Statement(fact, path),
            "cooperationArea" => CooperationArea(fact, path),
            "region" => Region(fact, path),
            "securityIssue" => SecurityIssue(fact, path),
            "policy" => Policy(fact, path),
            "policyLink" => PolicyLink(fact, path),
            "engagement" => Engagement(fact, path),
            "agreement" => Agreement(fact, path),
            "workingGroup" => WorkingGroup(fact, path),
            "exercise" => Exercise(fact, path),
            "invitation" => Invitation(fact, path),
            "nationRelation" => NationRelation(fact, path),
            "nationalAim" => NationalAim(fact, path),
            "initiative" => Initiative(fact, path),
            _ => throw new InvalidOperationException($"The schema admits a fact type '{type}' the planter does not know."),
        };
        _planted[path] = planted;

        if (fact.TryGetProperty("id", out var id) && _declaredLater[id.GetString()!] == path)
        {
            _declared[id.GetString()!] = new(type, planted);
        }
    }

    private void Count(string fact, bool added)
    {
        var (a, m) = _counts.GetValueOrDefault(fact);
        _counts[fact] = added ? (a + 1, m) : (a, m + 1);
    }

    /// <summary>Runs one fact or link; a problem in it is recorded and the rest of the pack goes on.</summary>
    /// <returns>Whether it was planted without a problem that stopped it.</returns>
    private bool Guarded(string path, Action plant)
    {
        try
        {
            plant();
            return true;
        }
        catch (SkipFact)
        {
            return false;
        }
        catch (DomainRuleException ex)
        {
            _problems.Add(new($"{path}.{Camel(ex.Field)}", ex.Message));
            return false;
        }
    }

    /// <summary>Records a problem; throw the result to skip the rest of the fact.</summary>
    private SkipFact Fail(string path, string message)
    {
        _problems.Add(new(path, message));
        return new SkipFact();
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private sealed record Declared(string Type, object Fact);

    /// <summary>Stops planting one fact whose problem is already recorded.</summary>
    private sealed class SkipFact : Exception
    {
    }
}
