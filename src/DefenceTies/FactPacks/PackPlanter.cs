using System.Text.Json;
using DefenceTies.Verification;
using DefenceTies.Model;

namespace DefenceTies.FactPacks;

/// <summary>
/// Turns a pack's facts into the model's entities, in the pack's order, through a
/// <see cref="PackStore"/>: the same code checks a pack on its own and imports it. Every fact is
/// built with the model's constructors (so every rule of the model applies), its stated values are
/// checked against its passage, and it is merged onto a known fact by the rules of docs/fact-packs.md
/// (a merged fact gains a corroborating citation instead of a second row). A problem is recorded
/// with its JSON path and the fact skipped; planting goes on, so every problem is reported at once.
/// </summary>
internal sealed class PackPlanter
{
    private readonly FactPack _pack;
    private readonly SourceDocument _document;
    private readonly PackStore _store;
    private readonly List<FactPackProblem> _problems;
    private readonly Dictionary<string, Declared> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _declaredLater = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Added, int Merged)> _counts = new(StringComparer.Ordinal);

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
    /// <returns>What was added and merged, per kind of fact.</returns>
    public static IReadOnlyList<FactPackImportCount> Plant(FactPack pack, SourceDocument document, PackStore store, List<FactPackProblem> problems)
    {
        var planter = new PackPlanter(pack, document, store, problems);
        planter.PlantAll();
        return [.. planter._counts.Select(c => new FactPackImportCount(c.Key, c.Value.Added, c.Value.Merged))];
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
    }

    private void PlantFact(JsonElement fact, string path)
    {
        var type = fact.GetProperty("type").GetString()!;
        object planted = type switch
        {
            "organisation" => Organisation(fact, path),
            "person" => Person(fact, path),
            "post" => Post(fact, path),
            "postHolding" => PostHolding(fact, path),
            "statement" => Statement(fact, path),
            "cooperationArea" => Named(fact, path, name => new CooperationArea(name, Cite(fact, path))),
            "region" => Region(fact, path),
            "securityIssue" => SecurityIssue(fact, path),
            "policy" => Policy(fact, path),
            "policyLink" => PolicyLink(fact, path),
            "engagement" => Engagement(fact, path),
            "agreement" => Agreement(fact, path),
            "workingGroup" => WorkingGroup(fact, path),
            "exercise" => Exercise(fact, path),
            "nationRelation" => NationRelation(fact, path),
            "nationalAim" => NationalAim(fact, path),
            _ => throw new InvalidOperationException($"The schema admits a fact type '{type}' the planter does not know."),
        };

        if (fact.TryGetProperty("id", out var id) && _declaredLater[id.GetString()!] == path)
        {
            _declared[id.GetString()!] = new(type, planted);
        }
    }

    // ---- facts with natural keys: merged onto the known fact with the same key ----

    private Organisation Organisation(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var name = Text(f, "name");
        var kind = Enum<OrganisationKind>(f, "kind");
        var host = f.TryGetProperty("hostNation", out _) ? Nation(f, "hostNation", path) : null;
        var citation = Cite(f, path);
        var candidate = Checked(new Organisation(nation, name, kind, citation, host), citation, path);
        var existing = _store.All<Organisation>().FirstOrDefault(o => Same(o.Nation, o.NationId, nation) && o.Name == name && (name != null || o.Kind == kind));
        if (existing is not null && existing.Kind != kind)
        {
            throw Fail($"{path}.kind", $"{existing.DisplayName} is known as a {existing.Kind}, not a {kind}; expected the same kind, or another name for another body.");
        }

        return Keep(candidate, existing, citation);
    }

    private Person Person(JsonElement f, string path)
    {
        var name = Text(f, "name")!;
        var rank = Text(f, "rank");
        var citation = Cite(f, path);
        var candidate = Checked(new Person(name, citation, rank), citation, path);
        var existing = _store.All<Person>().FirstOrDefault(p => p.Name == name);
        if (existing is { Rank: { } known } && rank is not null && known != rank)
        {
            throw Fail($"{path}.rank", $"{name} is known with the rank '{known}', not '{rank}'; a person is merged by name, so a different rank contradicts what is stored.");
        }

        return Keep(candidate, existing, citation);
    }

    private Post Post(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var title = Text(f, "title")!;
        var organisation = Optional<Organisation>(f, "organisation", path, "organisation");
        var accreditedTo = f.TryGetProperty("accreditedTo", out _) ? Nation(f, "accreditedTo", path) : null;
        var citation = Cite(f, path);
        var candidate = Checked(new Post(nation, title, citation, organisation, accreditedTo), citation, path);
        var existing = _store.All<Post>().FirstOrDefault(p => Same(p.Nation, p.NationId, nation) && p.Title == title);
        if (existing is not null && accreditedTo is not null && (existing.AccreditedTo is not null || existing.AccreditedToId is not null)
            && !Same(existing.AccreditedTo, existing.AccreditedToId ?? 0, accreditedTo))
        {
            throw Fail($"{path}.accreditedTo", $"the post '{title}' is known as accredited to another nation; expected the same nation.");
        }

        return Keep(candidate, existing, citation);
    }

    private PostHolding PostHolding(JsonElement f, string path)
    {
        var person = Reference<Person>(f, "person", path, "person");
        var post = Reference<Post>(f, "post", path, "post");
        var citation = Cite(f, path);
        var candidate = new PostHolding(person, post, citation, Date(f, "startedOn", path), Date(f, "endedOn", path));
        var existing = _store.All<PostHolding>().FirstOrDefault(h => Same(h.Person, h.PersonId, person) && Same(h.Post, h.PostId, post));
        return Keep(candidate, existing, citation);
    }

    private Statement Statement(JsonElement f, string path)
    {
        var speaker = Reference<Entity>(f, "speaker", path, "person", "organisation");
        var form = Enum<StatementForm>(f, "form");
        var content = Text(f, "content")!;
        var madeOn = Date(f, "madeOn", path);
        var citation = Cite(f, path);
        Statement candidate;
        Statement? existing;
        if (speaker is Person person)
        {
            candidate = Model.Statement.ByPerson(person, form, content, citation, madeOn);
            existing = _store.All<Statement>().FirstOrDefault(s => Same(s.SpeakerPerson, s.SpeakerPersonId ?? 0, person) && s.Content == content);
        }
        else
        {
            var organisation = (Organisation)speaker;
            candidate = Model.Statement.ByOrganisation(organisation, form, content, citation, madeOn);
            existing = _store.All<Statement>().FirstOrDefault(s => Same(s.SpeakerOrganisation, s.SpeakerOrganisationId ?? 0, organisation) && s.Content == content);
        }

        return Keep(Checked(candidate, citation, path), existing, citation);
    }

    private T Named<T>(JsonElement f, string path, Func<string, T> create)
        where T : CitedEntity
    {
        var name = Text(f, "name")!;
        var candidate = create(name);
        Checked(candidate, candidate.Citation, path);
        var existing = _store.All<T>().FirstOrDefault(e => NameOf(e) == name);
        return Keep(candidate, existing, candidate.Citation);
    }

    private Region Region(JsonElement f, string path)
    {
        var kind = Enum<RegionKind>(f, "kind");
        var region = Named(f, path, name => new Region(name, kind, Cite(f, path)));
        if (region.Kind != kind)
        {
            throw Fail($"{path}.kind", $"the region '{region.Name}' is known as a {region.Kind}, not a {kind}; expected the same kind.");
        }

        return region;
    }

    private SecurityIssue SecurityIssue(JsonElement f, string path)
    {
        var issue = Named(f, path, name => new SecurityIssue(name, Cite(f, path)));
        Links(f, "regions", path, (link, linkPath) =>
        {
            var region = Reference<Region>(link, "region", linkPath, "region");
            var citation = Cite(link, linkPath);
            Link(issue.Regions.FirstOrDefault(r => Same(r.Region, r.RegionId, region)), citation, () => issue.LocateIn(region, citation));
        });
        return issue;
    }

    private Policy Policy(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var name = Text(f, "name")!;
        var citation = Cite(f, path);
        var candidate = Checked(new Policy(nation, name, citation, Text(f, "aim")), citation, path);
        var policy = Keep(candidate, _store.All<Policy>().FirstOrDefault(p => Same(p.Nation, p.NationId, nation) && p.Name == name), citation);
        Links(f, "partners", path, (link, linkPath) =>
        {
            var partner = Nation(link, "nation", linkPath);
            var linkCitation = Cite(link, linkPath);
            var existing = _store.All<PolicyPartner>().FirstOrDefault(p => Same(p.Policy, p.PolicyId, policy) && Same(p.Partner, p.PartnerNationId, partner));
            Keep(new PolicyPartner(policy, partner, linkCitation), existing, linkCitation);
        });
        return policy;
    }

    private PolicyLink PolicyLink(JsonElement f, string path)
    {
        var from = Reference<Policy>(f, "from", path, "policy");
        var kind = Enum<PolicyLinkKind>(f, "kind");
        var to = Reference<Policy>(f, "to", path, "policy");
        var citation = Cite(f, path);
        var existing = _store.All<PolicyLink>().FirstOrDefault(l => Same(l.From, l.FromPolicyId, from) && l.Kind == kind && Same(l.To, l.ToPolicyId, to));
        return Keep(new PolicyLink(from, kind, to, citation), existing, citation);
    }

    private NationRelation NationRelation(JsonElement f, string path)
    {
        var subject = Nation(f, "subject", path);
        var kind = Enum<NationRelationKind>(f, "kind");
        var counterpart = Nation(f, "counterpart", path);
        var region = Optional<Region>(f, "region", path, "region");
        var citation = Cite(f, path);
        var candidate = new NationRelation(subject, kind, counterpart, citation, region);
        var existing = _store.All<NationRelation>().FirstOrDefault(r =>
            Same(r.Subject, r.SubjectNationId, subject) && r.Kind == kind && Same(r.Counterpart, r.CounterpartNationId, counterpart)
            && (region is null ? r.Region is null && r.RegionId is null : Same(r.Region, r.RegionId ?? 0, region)));
        return Keep(candidate, existing, citation);
    }

    private NationalAim NationalAim(JsonElement f, string path)
    {
        var nation = Nation(f, "nation", path);
        var description = Text(f, "description")!;
        var citation = Cite(f, path);
        var candidate = Checked(new NationalAim(nation, description, citation), citation, path);
        var existing = _store.All<NationalAim>().FirstOrDefault(a => Same(a.Nation, a.NationId, nation) && a.Description == description);
        return Keep(candidate, existing, citation);
    }

    private MilitaryExercise Exercise(JsonElement f, string path)
    {
        var startedOn = Date(f, "startedOn", path);
        var endedOn = Date(f, "endedOn", path);
        var exercise = Named(f, path, name => new MilitaryExercise(name, Cite(f, path), startedOn, endedOn));
        Links(f, "participants", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var service = Optional<Organisation>(link, "service", linkPath, "organisation");
            var citation = Cite(link, linkPath);
            Link(exercise.Participants.FirstOrDefault(p => Same(p.Nation, p.NationId, nation)), citation, () => exercise.AddParticipant(nation, citation, service));
        });
        return exercise;
    }

    // ---- events: merged only when the pack says the stored one is the same ----

    private Engagement Engagement(JsonElement f, string path)
    {
        var kind = Enum<EngagementKind>(f, "kind");
        var heldOn = Date(f, "heldOn", path)!.Value;
        var citation = Cite(f, path);
        var candidate = Checked(new Engagement(kind, Text(f, "subject")!, heldOn, citation), citation, path);
        var nations = NationSet(f, "delegations", path);
        var existing = SameAs(f, path, "engagement", "kind, date and delegations", _store.All<Engagement>()
            .Where(e => e.Kind == kind && e.HeldOn == heldOn && NationKeys(e.Delegations.Select(d => ((Nation?)d.Nation, d.NationId))).SetEquals(nations)));
        var engagement = Keep(candidate, existing, citation);
        Links(f, "delegations", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var delegationCitation = Cite(link, linkPath);
            var delegation = engagement.Delegations.FirstOrDefault(d => Same(d.Nation, d.NationId, nation));
            delegation = Link(delegation, delegationCitation, () => engagement.AddDelegation(nation, delegationCitation));
            Links(link, "members", linkPath, (member, memberPath) =>
            {
                var person = Reference<Person>(member, "person", memberPath, "person");
                var role = Enum<DelegationRole>(member, "role");
                var post = Optional<Post>(member, "post", memberPath, "post");
                var memberCitation = Cite(member, memberPath);
                Link(delegation.Members.FirstOrDefault(m => Same(m.Person, m.PersonId, person)), memberCitation, () => delegation.AddMember(person, role, memberCitation, post));
            });
        });
        Links(f, "topics", path, (link, linkPath) =>
        {
            var area = Reference<CooperationArea>(link, "area", linkPath, "cooperationArea");
            var topicCitation = Cite(link, linkPath);
            Link(engagement.Topics.FirstOrDefault(t => Same(t.CooperationArea, t.CooperationAreaId, area)), topicCitation, () => engagement.AddTopic(area, topicCitation));
        });
        return engagement;
    }

    private Agreement Agreement(JsonElement f, string path)
    {
        var kind = Enum<AgreementKind>(f, "kind");
        var concludedOn = Date(f, "concludedOn", path);
        var engagement = Optional<Engagement>(f, "engagement", path, "engagement");
        var citation = Cite(f, path);
        var candidate = Checked(
            new Agreement(Text(f, "title"), kind, Enum<AgreementStatus>(f, "status"), Text(f, "subject")!, concludedOn, citation, engagement,
                Date(f, "enteredIntoForceOn", path), Date(f, "endedOn", path), Text(f, "significance")),
            citation,
            path);
        var nations = NationSet(f, "parties", path);
        var existing = SameAs(f, path, "agreement", "kind, date and parties", _store.All<Agreement>()
            .Where(a => a.Kind == kind && a.ConcludedOn == concludedOn && NationKeys(a.Parties.Select(p => ((Nation?)p.Nation, p.NationId))).SetEquals(nations)));
        var agreement = Keep(candidate, existing, citation);
        Links(f, "parties", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var partyCitation = Cite(link, linkPath);
            Link(agreement.Parties.FirstOrDefault(p => Same(p.Nation, p.NationId, nation)), partyCitation, () => agreement.AddParty(nation, partyCitation));
        });
        return agreement;
    }

    private WorkingGroup WorkingGroup(JsonElement f, string path)
    {
        var name = Text(f, "name");
        var establishedBy = Optional<Agreement>(f, "establishedBy", path, "agreement");
        var citation = Cite(f, path);
        var candidate = Checked(new WorkingGroup(name, Text(f, "mandate")!, Enum<WorkingGroupStatus>(f, "status"), citation, establishedBy), citation, path);
        WorkingGroup? existing;
        if (name is not null)
        {
            existing = _store.All<WorkingGroup>().FirstOrDefault(g => g.Name == name);
        }
        else
        {
            var nations = NationSet(f, "members", path);
            existing = SameAs(f, path, "unnamed working group", "members and establishing agreement", _store.All<WorkingGroup>()
                .Where(g => g.Name is null
                    && (establishedBy is null ? g.EstablishedBy is null && g.EstablishedByAgreementId is null : Same(g.EstablishedBy, g.EstablishedByAgreementId ?? 0, establishedBy))
                    && NationKeys(g.Members.Select(m => ((Nation?)m.Nation, m.NationId))).SetEquals(nations)));
        }

        var group = Keep(candidate, existing, citation);
        Links(f, "members", path, (link, linkPath) =>
        {
            var nation = Nation(link, "nation", linkPath);
            var memberCitation = Cite(link, linkPath);
            Link(group.Members.FirstOrDefault(m => Same(m.Nation, m.NationId, nation)), memberCitation, () => group.AddMember(nation, memberCitation));
        });
        Links(f, "focusAreas", path, (link, linkPath) =>
        {
            var area = Reference<CooperationArea>(link, "area", linkPath, "cooperationArea");
            var areaCitation = Cite(link, linkPath);
            Link(group.FocusAreas.FirstOrDefault(a => Same(a.CooperationArea, a.CooperationAreaId, area)), areaCitation, () => group.AddFocusArea(area, areaCitation));
        });
        return group;
    }

    /// <summary>
    /// The stored event this one restates, by the pack's own say: a near-duplicate (same key) may be
    /// the same event reported again or another one, and only the analyst knows which.
    /// </summary>
    private T? SameAs<T>(JsonElement f, string path, string what, string key, IEnumerable<T> matches)
        where T : CitedEntity
    {
        var found = matches.ToList();
        bool? corroborates = f.TryGetProperty("corroborates", out var flag) ? flag.GetBoolean() : null;
        switch (corroborates)
        {
            case null when found.Count > 0:
                throw Fail(path, $"a known {what} has the same {key} ({Describe(found[0])}); expected \"corroborates\": true if this report restates it, or \"corroborates\": false if it reports another one.");
            case true when found.Count == 0 && !_store.HoldsStoredFacts:
                return null;
            case true when found.Count == 0:
                throw Fail($"{path}.corroborates", $"no known {what} has the same {key}; expected \"corroborates\" only on a fact that restates a stored one (or correct the {key}).");
            case true when found.Count > 1:
                throw Fail($"{path}.corroborates", $"{found.Count} known {what}s have the same {key}; a pack cannot say which one it restates.");
            case true:
                return found[0];
            default:
                return null;
        }
    }

    private static string Describe(CitedEntity fact) => fact.Id > 0 ? $"stored with id {fact.Id}" : "declared earlier in this pack";

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

    private static HashSet<string> NationKeys(IEnumerable<(Nation? Nation, int NationId)> nations) =>
        [.. nations.Select(n => n.Nation?.Alpha2Code ?? $"#{n.NationId}")];

    // ---- building blocks ----

    /// <summary>Keeps the new fact, or (when a known fact has its key) cites the known one again instead.</summary>
    private T Keep<T>(T candidate, T? existing, Citation citation)
        where T : CitedEntity
    {
        if (existing is null)
        {
            _store.Add(candidate);
            Count(typeof(T).Name, added: true);
            return candidate;
        }

        citation.Corroborate(existing);
        _store.AddCitation(citation);
        Count(typeof(T).Name, added: false);
        return existing;
    }

    /// <summary>A link inside a fact (a party, a member): cites the known one again, or adds it.</summary>
    private T Link<T>(T? existing, Citation citation, Func<T> add)
        where T : CitedEntity
    {
        if (existing is null)
        {
            var added = add();
            _store.AddCitation(citation);
            Count(typeof(T).Name, added: true);
            return added;
        }

        citation.Corroborate(existing);
        _store.AddCitation(citation);
        Count(typeof(T).Name, added: false);
        return existing;
    }

    private void Links(JsonElement f, string property, string path, Action<JsonElement, string> plant)
    {
        if (!f.TryGetProperty(property, out var links))
        {
            return;
        }

        var i = 0;
        foreach (var link in links.EnumerateArray())
        {
            var linkPath = $"{path}.{property}[{i++}]";
            Guarded(linkPath, () => plant(link, linkPath));
        }
    }

    /// <summary>Checks the rule "every stated value occurs in its passage" on a fact built from the pack.</summary>
    private T Checked<T>(T fact, Citation citation, string path)
        where T : CitedEntity
    {
        if (citation.Support == SupportKind.Stated)
        {
            foreach (var (field, value) in StatedText.Missing(fact, citation.Passage))
            {
                _problems.Add(new($"{path}.{Camel(field)}", StatedText.MissingProblem(value, citation.Passage)));
            }
        }

        return fact;
    }

    /// <summary>The citation a fact or link gives in its <c>cite</c> property.</summary>
    private Citation Cite(JsonElement f, string path)
    {
        var cite = f.GetProperty("cite");
        var citePath = $"{path}.cite";
        var passage = cite.GetProperty("passage").GetString()!;
        var occurrence = cite.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1;
        var support = Enum<SupportKind>(cite, "support");
        if (support != SupportKind.Implied && cite.TryGetProperty("note", out _))
        {
            throw Fail($"{citePath}.note", $"a note goes with Implied support only (this citation is {support}); expected no note, or \"support\": \"Implied\" if the passage only implies the fact.");
        }

        Citation citation;
        try
        {
            citation = support == SupportKind.Implied
                ? _document.Infer(passage, cite.GetProperty("note").GetString()!, occurrence)
                : _document.Cite(passage, occurrence);
        }
        catch (DomainRuleException ex)
        {
            throw Fail($"{citePath}.{(ex.Field == "Occurrence" ? "occurrence" : Camel(ex.Field))}", ex.Message);
        }

        if (citation.Support != support)
        {
            throw Fail($"{citePath}.support", _document.Origin == SourceOrigin.ReferenceData
                ? $"a reference data set supports facts as Reference, not {support}; expected \"Reference\"."
                : $"a news report supports facts as Stated or Implied, not {support}; expected \"Stated\", or \"Implied\" with a note (Reference is for reference data sets).");
        }

        if (cite.TryGetProperty("claimedIn", out _))
        {
            citation.ClaimedIn(Reference<Statement>(cite, "claimedIn", citePath, "statement"));
        }

        return citation;
    }

    private Nation Nation(JsonElement f, string property, string path)
    {
        var code = f.GetProperty(property).GetString()!;
        return _store.Nation(code, out var problem) ?? throw Fail($"{path}.{property}", problem!);
    }

    private T Reference<T>(JsonElement f, string property, string path, params string[] types)
        where T : class
    {
        var id = f.GetProperty(property).GetString()!;
        if (_declared.TryGetValue(id, out var declared))
        {
            return types.Contains(declared.Type) && declared.Fact is T fact
                ? fact
                : throw Fail($"{path}.{property}", $"'{id}' is a {declared.Type}; expected the id of a {string.Join(" or ", types)}.");
        }

        if (_broken.Contains(id))
        {
            // Its own problem is already reported; a second one here would only repeat it.
            throw new SkipFact();
        }

        throw Fail($"{path}.{property}", _declaredLater.TryGetValue(id, out var later)
            ? $"'{id}' is declared later, at {later}; expected a fact to be declared before the facts that refer to it."
            : $"no fact of this pack has the id '{id}'; expected the id of a {string.Join(" or ", types)} declared before this fact.");
    }

    private T? Optional<T>(JsonElement f, string property, string path, params string[] types)
        where T : class =>
        f.TryGetProperty(property, out _) ? Reference<T>(f, property, path, types) : null;

    private PartialDate? Date(JsonElement f, string property, string path)
    {
        if (!f.TryGetProperty(property, out var value))
        {
            return null;
        }

        return PartialDate.TryParse(value.GetString(), out var date)
            ? date
            : throw Fail($"{path}.{property}", $"'{value.GetString()}' is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD of the calendar.");
    }

    private static string? Text(JsonElement f, string property) => f.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static TEnum Enum<TEnum>(JsonElement f, string property)
        where TEnum : struct, Enum => System.Enum.Parse<TEnum>(f.GetProperty(property).GetString()!);

    private static bool Same<T>(T? navigation, int foreignKey, T entity)
        where T : Entity => ReferenceEquals(navigation, entity) || (entity.Id > 0 && foreignKey == entity.Id);

    private static string? NameOf(CitedEntity fact) => fact switch
    {
        CooperationArea a => a.Name,
        Region r => r.Name,
        SecurityIssue i => i.Name,
        MilitaryExercise e => e.Name,
        _ => throw new InvalidOperationException($"{fact.GetType().Name} is not merged by name."),
    };

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

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

    private sealed record Declared(string Type, object Fact);

    /// <summary>Stops planting one fact whose problem is already recorded.</summary>
    private sealed class SkipFact : Exception
    {
    }
}
