using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Xml;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Exports;

/// <summary>
/// GraphML (http://graphml.graphdrawing.org/): nations, bodies and people as nodes; agreements,
/// exercises and engagements as one edge per pair of their nations (from the lower alpha-3 code to
/// the higher, marked <c>symmetric</c>); delegation seats (person to nation), post holdings (person
/// to the post's body, or nation), policy links (nation to nation), ownerships (owner to the owned
/// body, with the exact share), defence deals (supplier to recipient, with exact quantity and value), invitations (inviter to invitee, nation or person) and signatories (body to the agreement's node) as edges whose
/// direction means something. Every edge's <c>tie</c> is the id of the fact it draws (a delegation edge also
/// names its <c>engagement</c>, a post-holding edge its <c>post</c>); kinds, types and statuses are
/// lower-case words, as in the other formats. Every node and edge carries its evidence: support,
/// passage, document, note and attribution; and each value cited on its own its support, note and
/// passage as <c>value_&lt;property&gt;_support</c> and so on. One edge default for the whole graph and no per-edge <c>directed</c> attribute:
/// networkx refuses a file that mixes them.
/// </summary>
internal static class GraphMLExport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    // (name, for, type): declared once in the header, as GraphML requires; each key's id is its
    // attribute name, so a reader that goes by key ids sees the names docs/exports.md uses.
    private static readonly (string Name, string For, string Type)[] Keys =
    [
        ("kind", "all", "string"),
        ("type", "all", "string"),
        ("label", "all", "string"),
        ("iso_alpha2", "node", "string"),
        ("iso_alpha3", "node", "string"),
        ("cow_code", "node", "int"),
        ("nation", "node", "string"),
        ("tie", "edge", "string"),
        ("engagement", "edge", "string"),
        ("agreement", "edge", "string"),
        ("post", "edge", "string"),
        ("series", "edge", "string"),
        ("recurrence", "edge", "string"),
        ("level", "edge", "string"),
        ("exercise", "edge", "string"),
        ("response", "edge", "string"),
        ("place", "edge", "string"),
        ("start", "edge", "string"),
        ("end", "edge", "string"),
        ("status", "edge", "string"),
        ("share", "edge", "string"),
        ("category", "edge", "string"),
        ("quantity", "edge", "string"),
        ("quantity_unit", "edge", "string"),
        ("amount", "edge", "string"),
        ("amount_up_to", "edge", "string"),
        ("currency", "edge", "string"),
        ("exactness", "edge", "string"),
        ("on_behalf_of", "edge", "string"),
        ("symmetric", "edge", "boolean"),
        ("support", "all", "string"),
        ("note", "all", "string"),
        ("passage", "all", "string"),
        ("document", "all", "string"),
        ("document_date", "all", "string"),
        ("claimed_in", "all", "string"),
        ("corroborating_documents", "all", "string"),
    ];

    // The kinds of fact the graph draws as a node or an edge, whose value citations it writes.
    private static readonly Type[] Drawn =
        [typeof(Nation), typeof(Organisation), typeof(Person), typeof(Agreement), typeof(MilitaryExercise), typeof(Engagement), typeof(DelegationMember), typeof(PostHolding), typeof(PolicyLink),
            typeof(OrganisationMembership), typeof(EngagementParticipant), typeof(AgreementOrganisationParty), typeof(SecurityIssue), typeof(SecurityIssueActor),
            typeof(Ownership), typeof(AgreementSignatory), typeof(DefenceDeal), typeof(Invitation)];

    public static async Task<long> WriteAsync(ExportScope scope, Stream output, CancellationToken cancellationToken)
    {
        var written = 0L;

        // GraphML declares every attribute before the graph, so the values cited on their own are
        // named up front: one short query for the properties any drawn fact cites on its own (a key
        // per property, not per fact).
        var valueKeys = (await scope.Db.ValueCitations.AsNoTracking().Where(v => v.Rank == ClaimRank.Preferred).Where(OfDrawnFact()).Select(v => v.Property).Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Union(await RelationValuePropertiesAsync(scope.Db, cancellationToken).ConfigureAwait(false), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .SelectMany(p => ValueKeySuffixes.Select(suffix => (ValueKey(p, suffix), "all", "string")));
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
        foreach (var (name, @for, type) in Keys.Concat(valueKeys))
        {
            await xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "for", null, @for).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "defenceties").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        async ValueTask Node(string id, Evidence evidence, params (string Key, string? Value)[] data)
        {
            await xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
            await DataAsync(xml, data, evidence).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            written++;
            await FlushSometimesAsync(xml, written).ConfigureAwait(false);
        }

        async ValueTask Edge(string id, string source, string target, bool directed, Evidence evidence, params (string Key, string? Value)[] data)
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "source", null, source).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "target", null, target).ConfigureAwait(false);
            await DataAsync(xml, [.. data, ("symmetric", directed ? "false" : "true")], evidence).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            written++;
            await FlushSometimesAsync(xml, written).ConfigureAwait(false);
        }

        // Nodes first: some readers want an edge's ends declared before it. The nodes written are
        // kept (their ids), so that an edge of a membership, participant, party or actor names only
        // a node of the file (a nation filter keeps a forum of a listed member, not every member).
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var n in ExportQueries.Nations(scope, cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(ExportIds.Nation(n.Alpha3));
            await Node(ExportIds.Nation(n.Alpha3), n.Evidence, ("kind", "nation"), ("label", n.Name), ("iso_alpha2", n.Alpha2), ("iso_alpha3", n.Alpha3), ("cow_code", n.CowCode?.ToString(CultureInfo.InvariantCulture))).ConfigureAwait(false);
        }

        await foreach (var o in ExportQueries.Organisations(scope, cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(ExportIds.Organisation(o.Id));
            await Node(ExportIds.Organisation(o.Id), o.Evidence, ("kind", "body"), ("type", FollowTheMoneyExport.Words(o.Kind.ToString())), ("label", o.Name ?? $"{o.NationName ?? "a body"}'s {FollowTheMoneyExport.Words(o.Kind.ToString())} (unnamed)"), ("nation", o.NationAlpha3)).ConfigureAwait(false);
        }

        // An engagement with participants in a role (a forum's meeting: the forum, its host, an
        // observer) is a node too, the end of its participants' edges; its delegations stay edges.
        await foreach (var e in ExportQueries.Engagements(scope, cancellationToken).ConfigureAwait(false))
        {
            if (e.ParticipantNations.Count > 0 || e.ParticipantBodyIds.Count > 0)
            {
                nodes.Add(ExportIds.Engagement(e.Id));
                await Node(ExportIds.Engagement(e.Id), e.Evidence, ("kind", "engagement"), ("type", FollowTheMoneyExport.Words(e.Kind.ToString())), ("label", e.Subject)).ConfigureAwait(false);
            }
        }

        // An agreement a body signed, witnessed or exchanged is a node too, the end of its
        // signatories' edges (as an engagement with participants is); its parties stay pair edges.
        await foreach (var a in ExportQueries.Agreements(scope, cancellationToken).ConfigureAwait(false))
        {
            if (a.HasSignatories)
            {
                nodes.Add(ExportIds.Agreement(a.Id));
                await Node(ExportIds.Agreement(a.Id), a.Evidence, ("kind", "agreement"), ("type", FollowTheMoneyExport.Words(a.Kind.ToString())), ("label", a.Label)).ConfigureAwait(false);
            }
        }

        await foreach (var i in ExportQueries.SecurityIssues(scope, cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(ExportIds.SecurityIssue(i.Id));
            await Node(ExportIds.SecurityIssue(i.Id), i.Evidence, ("kind", "security issue"), ("label", i.Name)).ConfigureAwait(false);
        }

        await foreach (var p in ExportQueries.People(scope, cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(ExportIds.Person(p.Id));
            await Node(ExportIds.Person(p.Id), p.Evidence, ("kind", "person"), ("label", p.Rank is null ? p.Name : $"{p.Rank} {p.Name}")).ConfigureAwait(false);
        }

        await foreach (var a in ExportQueries.Agreements(scope, cancellationToken).ConfigureAwait(false))
        {
            var tie = ExportIds.Agreement(a.Id);
            foreach (var (x, y) in Pairs(a.Parties))
            {
                await Edge($"{tie}-{x}-{y}", ExportIds.Nation(x), ExportIds.Nation(y), false, a.Evidence, ("kind", "agreement"), ("type", FollowTheMoneyExport.Words(a.Kind.ToString())), ("label", a.Label), ("tie", tie), ("start", (a.EnteredIntoForceOn ?? a.ConcludedOn)?.ToString()), ("end", a.EndedOn?.ToString()), ("status", FollowTheMoneyExport.Words(a.Status.ToString()))).ConfigureAwait(false);
            }
        }

        await foreach (var x in ExportQueries.Exercises(scope, cancellationToken).ConfigureAwait(false))
        {
            var tie = ExportIds.Exercise(x.Id);
            foreach (var (a, b) in Pairs(x.Nations))
            {
                await Edge($"{tie}-{a}-{b}", ExportIds.Nation(a), ExportIds.Nation(b), false, x.Evidence, ("kind", "exercise"), ("label", x.Label), ("tie", tie), ("series", x.SeriesName), ("start", x.StartedOn?.ToString()), ("end", x.EndedOn?.ToString()),
                    ("place", x.Places.Count == 0 ? null : string.Join("; ", x.Places.Select(p => p.Label))), ("recurrence", x.Recurrence is { } recurrence ? FollowTheMoneyExport.Words(recurrence.ToString()) : null)).ConfigureAwait(false);
            }
        }

        await foreach (var e in ExportQueries.Engagements(scope, cancellationToken).ConfigureAwait(false))
        {
            var tie = ExportIds.Engagement(e.Id);
            // An engagement kept because a listed nation took part in a role may have delegations of nations not drawn.
            foreach (var (a, b) in Pairs(e.Nations).Where(p => nodes.Contains(ExportIds.Nation(p.A)) && nodes.Contains(ExportIds.Nation(p.B))))
            {
                await Edge($"{tie}-{a}-{b}", ExportIds.Nation(a), ExportIds.Nation(b), false, e.Evidence, ("kind", "engagement"), ("type", FollowTheMoneyExport.Words(e.Kind.ToString())), ("label", e.Subject), ("tie", tie), ("start", e.HeldOn.ToString()), ("end", e.HeldOn.ToString()), ("place", e.Place?.Label),
                    ("status", e.Status == EngagementStatus.Held ? null : FollowTheMoneyExport.Words(e.Status.ToString()))).ConfigureAwait(false);
            }
        }

        await foreach (var m in ExportQueries.DelegationMembers(scope, cancellationToken).ConfigureAwait(false))
        {
            await Edge(ExportIds.DelegationMember(m.Id), ExportIds.Person(m.PersonId), ExportIds.Nation(m.NationAlpha3), true, m.Evidence, ("kind", "delegation"), ("type", FollowTheMoneyExport.Words(m.Role.ToString())), ("label", m.EngagementSubject), ("tie", ExportIds.DelegationMember(m.Id)), ("engagement", ExportIds.Engagement(m.EngagementId)), ("start", m.HeldOn.ToString()), ("end", m.HeldOn.ToString())).ConfigureAwait(false);
        }

        await foreach (var h in ExportQueries.Holdings(scope, cancellationToken).ConfigureAwait(false))
        {
            var target = h.PostOrganisationId is { } org ? ExportIds.Organisation(org) : ExportIds.Nation(h.PostNationAlpha3!);
            await Edge(ExportIds.Holding(h.Id), ExportIds.Person(h.PersonId), target, true, h.Evidence, ("kind", "post holding"), ("label", h.PostTitle), ("tie", ExportIds.Holding(h.Id)), ("post", ExportIds.Post(h.PostId)), ("start", h.StartedOn?.ToString()), ("end", h.EndedOn?.ToString())).ConfigureAwait(false);
        }

        await foreach (var l in ExportQueries.PolicyLinks(scope, cancellationToken).ConfigureAwait(false))
        {
            await Edge(ExportIds.PolicyLink(l.Id), ExportIds.Nation(l.FromNationAlpha3), ExportIds.Nation(l.ToNationAlpha3), true, l.Evidence, ("kind", "policy link"), ("type", FollowTheMoneyExport.Words(l.Kind.ToString())), ("label", $"{l.FromPolicy} {FollowTheMoneyExport.Words(l.Kind.ToString())} {l.ToPolicy}"), ("tie", ExportIds.PolicyLink(l.Id))).ConfigureAwait(false);
        }

        await foreach (var m in ExportQueries.Memberships(scope, cancellationToken).ConfigureAwait(false))
        {
            var member = m.MemberNationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Organisation(m.MemberOrganisationId!.Value);
            var body = ExportIds.Organisation(m.OrganisationId);
            if (nodes.Contains(member) && nodes.Contains(body))
            {
                var tie = ExportIds.Membership(m.Id);
                await Edge(tie, member, body, true, m.Evidence, ("kind", "membership"), ("type", FollowTheMoneyExport.Words(m.Role.ToString())), ("tie", tie), ("start", m.StartedOn?.ToString()), ("end", m.EndedOn?.ToString())).ConfigureAwait(false);
            }
        }

        await foreach (var p in ExportQueries.EngagementParticipants(scope, cancellationToken).ConfigureAwait(false))
        {
            var participant = p.NationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Organisation(p.OrganisationId!.Value);
            var engagement = ExportIds.Engagement(p.EngagementId);
            if (nodes.Contains(participant) && nodes.Contains(engagement))
            {
                var tie = ExportIds.EngagementParticipant(p.Id);
                await Edge(tie, participant, engagement, true, p.Evidence, ("kind", "engagement participant"), ("type", FollowTheMoneyExport.Words(p.Role.ToString())), ("label", p.EngagementSubject), ("tie", tie), ("engagement", engagement), ("start", p.HeldOn.ToString()), ("end", p.HeldOn.ToString())).ConfigureAwait(false);
            }
        }

        // A body that is a party to an agreement: one edge from it to each other party (nation or body), id "<tie>-<other party>".
        await foreach (var a in ExportQueries.AgreementBodyParties(scope, cancellationToken).ConfigureAwait(false))
        {
            var body = ExportIds.Organisation(a.OrganisationId);
            var tie = ExportIds.AgreementBodyParty(a.Id);
            foreach (var other in a.NationParties.Select(ExportIds.Nation).Concat(a.BodyPartyIds.Distinct().Select(ExportIds.Organisation)).Where(nodes.Contains))
            {
                if (!nodes.Contains(body))
                {
                    break;
                }

                await Edge($"{tie}-{other}", body, other, true, a.Evidence, ("kind", "agreement party"), ("type", FollowTheMoneyExport.Words(a.AgreementKind.ToString())), ("label", a.AgreementLabel), ("tie", tie), ("agreement", ExportIds.Agreement(a.AgreementId)), ("start", a.StartedOn?.ToString()), ("end", a.EndedOn?.ToString()), ("status", FollowTheMoneyExport.Words(a.AgreementStatus.ToString()))).ConfigureAwait(false);
            }
        }

        await foreach (var a in ExportQueries.SecurityIssueActors(scope, cancellationToken).ConfigureAwait(false))
        {
            var actor = a.NationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Organisation(a.OrganisationId!.Value);
            var issue = ExportIds.SecurityIssue(a.SecurityIssueId);
            if (nodes.Contains(actor) && nodes.Contains(issue))
            {
                var tie = ExportIds.SecurityIssueActor(a.Id);
                await Edge(tie, actor, issue, true, a.Evidence, ("kind", "security issue actor"), ("type", FollowTheMoneyExport.Words(a.Role.ToString())), ("label", a.SecurityIssueName), ("tie", tie), ("start", a.Date?.ToString()), ("end", a.Date?.ToString())).ConfigureAwait(false);
            }
        }

        // An ownership: owner (nation or body) → the owned body, the share as its exact text ("50.5":
        // a string, so no reader turns it into a floating-point number).
        await foreach (var o in ExportQueries.Ownerships(scope, cancellationToken).ConfigureAwait(false))
        {
            var owner = o.OwnerNationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Organisation(o.OwnerOrganisationId!.Value);
            var owned = ExportIds.Organisation(o.OwnedId);
            if (nodes.Contains(owner) && nodes.Contains(owned))
            {
                var tie = ExportIds.Ownership(o.Id);
                await Edge(tie, owner, owned, true, o.Evidence, ("kind", "ownership"), ("tie", tie), ("share", o.Share?.ToString()), ("start", o.StartedOn?.ToString())).ConfigureAwait(false);
            }
        }

        // A defence deal: supplier (nation or body) → recipient, its kind as type, the designation as
        // label, the order (signature, else award) as start and the delivery as end; quantity, amount
        // and upper amount as exact text, so no reader turns an amount into a floating-point number
        // (named amount, not value: value_<property>_… are the keys of values cited on their own).
        await foreach (var d in ExportQueries.DefenceDeals(scope, cancellationToken).ConfigureAwait(false))
        {
            var supplier = d.SupplierNationAlpha3 is { } s ? ExportIds.Nation(s) : ExportIds.Organisation(d.SupplierOrganisationId!.Value);
            var recipient = d.RecipientNationAlpha3 is { } r ? ExportIds.Nation(r) : ExportIds.Organisation(d.RecipientOrganisationId!.Value);
            if (nodes.Contains(supplier) && nodes.Contains(recipient))
            {
                var tie = ExportIds.DefenceDeal(d.Id);
                await Edge(tie, supplier, recipient, true, d.Evidence, ("kind", "deal"), ("type", FollowTheMoneyExport.Words(d.Kind.ToString())), ("label", d.Designation), ("tie", tie),
                    ("category", FollowTheMoneyExport.Words(d.Category.ToString())), ("quantity", d.Quantity?.ToString(CultureInfo.InvariantCulture)), ("quantity_unit", d.QuantityUnit),
                    ("amount", d.Value?.ToString()), ("amount_up_to", d.ValueUpTo?.ToString()), ("currency", d.ValueCurrency),
                    ("exactness", d.ValueExactness is { } exactness ? FollowTheMoneyExport.Words(exactness.ToString()) : null),
                    ("start", d.OrderedOn?.ToString()), ("end", d.DeliveredOn?.ToString())).ConfigureAwait(false);
            }
        }

        // An invitation: inviter → invitee, each a nation's or a person's node (a person is drawn as
        // itself: the model states no person's nation, so no nation edge is made up for one), the
        // event as engagement or exercise, the response as stated and the date it was extended.
        await foreach (var i in ExportQueries.Invitations(scope, cancellationToken).ConfigureAwait(false))
        {
            if (nodes.Contains(i.Inviter) && nodes.Contains(i.Invitee))
            {
                var tie = ExportIds.Invitation(i.Id);
                await Edge(tie, i.Inviter, i.Invitee, true, i.Evidence, ("kind", "invitation"), ("label", i.EventLabel), ("tie", tie),
                    ("engagement", i.EngagementId is { } engagement ? ExportIds.Engagement(engagement) : null), ("exercise", i.ExerciseId is { } exercise ? ExportIds.Exercise(exercise) : null),
                    ("response", i.Response is { } response ? FollowTheMoneyExport.Words(response.ToString()) : null), ("start", i.ExtendedOn?.ToString()), ("end", i.ExtendedOn?.ToString())).ConfigureAwait(false);
            }
        }

        // A signatory: the body → the agreement's node, its role as type (as a membership's), the nation it signed for when stated.
        await foreach (var s in ExportQueries.Signatories(scope, cancellationToken).ConfigureAwait(false))
        {
            var body = ExportIds.Organisation(s.OrganisationId);
            var agreement = ExportIds.Agreement(s.AgreementId);
            if (nodes.Contains(body) && nodes.Contains(agreement))
            {
                var tie = ExportIds.AgreementSignatory(s.Id);
                await Edge(tie, body, agreement, true, s.Evidence, ("kind", "signatory"), ("type", FollowTheMoneyExport.Words(s.Role.ToString())), ("label", s.AgreementLabel), ("tie", tie), ("agreement", agreement),
                    ("on_behalf_of", s.OnBehalfOfAlpha3 is { } nation ? ExportIds.Nation(nation) : null), ("start", s.StartedOn?.ToString()), ("end", s.EndedOn?.ToString())).ConfigureAwait(false);
            }
        }

        // A tension is between two nations: symmetric, from the lower alpha-3 code to the higher.
        await foreach (var t in ExportQueries.Relations(scope, NationRelationKind.Tension, cancellationToken).ConfigureAwait(false))
        {
            var (a, b) = (t.Nations[0], t.Nations[1]);
            if (nodes.Contains(ExportIds.Nation(a)) && nodes.Contains(ExportIds.Nation(b)))
            {
                var tie = ExportIds.NationRelation(t.Id);
                await Edge($"{tie}-{a}-{b}", ExportIds.Nation(a), ExportIds.Nation(b), false, t.Evidence, ("kind", "tension"), ("label", "tension"), ("tie", tie), ("start", t.Date?.ToString()), ("end", t.Date?.ToString())).ConfigureAwait(false);
            }
        }

        // A partnership of a named level, symmetric like a tension, from its date (raised to a new
        // level, it is a second relation and a second edge with its own level and date).
        await foreach (var p in ExportQueries.Relations(scope, NationRelationKind.Partnership, cancellationToken).ConfigureAwait(false))
        {
            var (a, b) = (p.Nations[0], p.Nations[1]);
            if (nodes.Contains(ExportIds.Nation(a)) && nodes.Contains(ExportIds.Nation(b)))
            {
                var tie = ExportIds.NationRelation(p.Id);
                await Edge($"{tie}-{a}-{b}", ExportIds.Nation(a), ExportIds.Nation(b), false, p.Evidence, ("kind", "partnership"), ("label", p.Level), ("tie", tie), ("level", p.Level), ("start", p.Date?.ToString())).ConfigureAwait(false);
            }
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await xml.FlushAsync().ConfigureAwait(false);
        return written;
    }

    /// <summary>Each unordered pair once, in the order given (the queries sort nations by code).</summary>
    internal static IEnumerable<(string A, string B)> Pairs(List<string> nations)
    {
        for (var i = 0; i < nations.Count; i++)
        {
            for (var j = i + 1; j < nations.Count; j++)
            {
                yield return (nations[i], nations[j]);
            }
        }
    }

    /// <summary>The attributes of one value cited on its own, after its <see cref="ValueKey"/> prefix.</summary>
    private static readonly string[] ValueKeySuffixes = ["support", "note", "passage"];

    /// <summary><c>ConcludedOn</c>, <c>support</c> → <c>value_concluded_on_support</c>.</summary>
    internal static string ValueKey(string property, string suffix) => $"value_{FollowTheMoneyExport.Words(property).Replace(' ', '_')}_{suffix}";

    /// <summary>The properties drawn relations cite on their own: of nation relations, the graph draws tensions and partnerships only.</summary>
    private static Task<List<string>> RelationValuePropertiesAsync(DefenceTiesDbContext db, CancellationToken cancellationToken) =>
        db.ValueCitations.AsNoTracking()
            .Where(v => v.Rank == ClaimRank.Preferred && db.NationRelations.Any(r => (r.Kind == NationRelationKind.Tension || r.Kind == NationRelationKind.Partnership) && EF.Property<int?>(v, "NationRelationId") == r.Id))
            .Select(v => v.Property).Distinct().ToListAsync(cancellationToken);

    /// <summary>Value citations whose fact is of a kind the graph draws (its column of the arc is set).</summary>
    private static Expression<Func<ValueCitation, bool>> OfDrawnFact()
    {
        var v = Expression.Parameter(typeof(ValueCitation), "v");
        var any = Drawn
            .Select(t => (Expression)Expression.NotEqual(
                Expression.Call(typeof(EF), nameof(EF.Property), [typeof(int?)], v, Expression.Constant($"{t.Name}Id")),
                Expression.Constant(null, typeof(int?))))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<ValueCitation, bool>>(any, v);
    }

    private static async ValueTask DataAsync(XmlWriter xml, (string Key, string? Value)[] data, Evidence evidence)
    {
        (string, string?)[] provenance =
        [
            ("support", evidence.Support.ToString()),
            ("note", evidence.Note),
            ("passage", evidence.Passage),
            ("document", evidence.DocumentKey),
            ("document_date", evidence.DocumentPublishedOn.ToString()),
            ("claimed_in", evidence.ClaimText),
            ("corroborating_documents", evidence.Corroborations.Count == 0 ? null : string.Join(" ", evidence.Corroborations.Select(c => c.DocumentKey).Distinct(StringComparer.Ordinal))),
            .. evidence.Values.SelectMany(v => new (string, string?)[]
            {
                (ValueKey(v.Property, "support"), v.Support.ToString()),
                (ValueKey(v.Property, "note"), v.Note),
                (ValueKey(v.Property, "passage"), v.Passage),
            }),
        ];
        foreach (var (key, value) in data.Concat(provenance))
        {
            if (value is null)
            {
                continue;
            }

            await xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
            await xml.WriteStringAsync(value).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    // XmlWriter buffers internally; flushing now and then keeps that buffer small.
    private static async ValueTask FlushSometimesAsync(XmlWriter xml, long written)
    {
        if (written % 1024 == 0)
        {
            await xml.FlushAsync().ConfigureAwait(false);
        }
    }
}
