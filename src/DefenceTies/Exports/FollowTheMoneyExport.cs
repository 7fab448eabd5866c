using System.Globalization;
using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.Exports;

/// <summary>
/// FollowTheMoney entities as JSON lines (<c>{"id", "schema", "properties": {name: [values]}}</c>).
/// Each source document is a <c>Document</c>; each fact is an entity of the closest schema, whose
/// <c>proof</c> (where the schema has it) names its documents; and each citation of a fact —
/// primary and corroborating — is a <c>Documentation</c> entity linking the document to the fact,
/// with the verbatim passage as <c>summary</c>, the support as <c>role</c>, the note and any
/// attribution as <c>description</c> and the passage's place as <c>recordId</c>; so is each citation of
/// one of its values cited on its own (status <c>value</c>, <c>description</c> naming the property
/// and the entity it supports). The mapping and what it loses: docs/exports.md.
/// </summary>
internal static class FollowTheMoneyExport
{
    public static async Task<long> WriteAsync(ExportScope scope, Stream output, CancellationToken cancellationToken)
    {
        var count = 0L;
        await using var json = new JsonOutput(output, lines: true);
        var w = json.Json;

        async ValueTask EndAsync()
        {
            count++;
            await json.EndLineAsync(cancellationToken).ConfigureAwait(false);
        }

        // One Documentation entity per citation of the fact; the fact's own line comes first.
        // Documentation.entity ranges over Thing: an interval (Occupancy, Membership) is none, so
        // its citations document the Thing it joins (the holder, the member), saying for which
        // interval, and the interval carries its primary passage itself (IntervalEvidence).
        async ValueTask EvidenceAsync(string entityId, Evidence evidence, string? forInterval = null)
        {
            var about = forInterval is null ? null : $"evidence for {forInterval}";
            await DocumentationAsync(ExportIds.Citation(evidence.CitationId), entityId, evidence, "primary", about, evidence.Note, evidence.ClaimText).ConfigureAwait(false);
            foreach (var c in evidence.Corroborations)
            {
                await DocumentationAsync(ExportIds.Citation(c.CitationId), entityId, c, "corroborating", about, c.Note).ConfigureAwait(false);
            }

            // A value cited on its own: FtM has no property-level provenance, so the Documentation
            // says in words which property of which entity it supports, and how.
            foreach (var v in evidence.Values)
            {
                await DocumentationAsync(ExportIds.ValueCitation(v.CitationId, v.Property), entityId, v, "value", about, ValueDescription(v, forInterval ?? entityId)).ConfigureAwait(false);
            }
        }

        // One citation as a Documentation of the entity; status says what it is to the fact.
        async ValueTask DocumentationAsync(string id, string entityId, ExportedCitation citation, string status, params string?[] description)
        {
            Start(w, id, "Documentation");
            Prop(w, "document", ExportIds.Document(citation.DocumentKey));
            Prop(w, "entity", entityId);
            Prop(w, "role", citation.Support.ToString());
            Prop(w, "status", status);
            Prop(w, "summary", citation.Passage);
            Prop(w, "description", description);
            Prop(w, "date", citation.DocumentPublishedOn.ToString());
            Prop(w, "recordId", ExportIds.PassageUri(citation.DocumentKey, citation.StartIndex, citation.Length));
            End(w);
            await EndAsync().ConfigureAwait(false);
        }

        await foreach (var d in ExportQueries.Documents(scope).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Start(w, ExportIds.Document(d.Key), "Document");
            Prop(w, "name", d.Title ?? d.Key);

            // FtM requires a file name and captions a Document by it: the key is the name the
            // stored text goes by (DefenceTies keeps the text, not a file).
            Prop(w, "fileName", d.Key);
            Prop(w, "title", d.Title);
            Prop(w, "publishedAt", d.PublishedOn.ToString());
            Prop(w, "keywords", d.Origin.ToString());
            // What the document states about itself: the byline as its author, the agency as its
            // publisher; the dateline, the time of publication (FtM's publishedAt keeps the date as
            // printed) and the credits as notes.
            Prop(w, "author", d.Byline);
            Prop(w, "publisher", d.Agency);
            Prop(w, "notes", $"key: {d.Key}", $"SHA-256 of the text: {d.ContentSha256}",
                d.Dateline is null ? null : $"dateline: {Region.Label(d.Dateline, d.DatelineNation)}",
                d.PublishedAt is null ? null : $"published at: {d.PublishedAt}",
                d.Credits is null ? null : $"credits: {d.Credits}");
            End(w);
            await EndAsync().ConfigureAwait(false);
        }

        // The nations, bodies and people written, so that a membership, participant or party names
        // only an entity of the file (a filter keeps a forum of a listed member, not every member
        // nation, and an engagement a listed nation hosted, not every delegate).
        var written = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var n in ExportQueries.Nations(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Nation(n.Alpha3);
            written.Add(id);
            Start(w, id, "PublicBody");
            Prop(w, "name", n.Name);
            Prop(w, "country", Country(n.Alpha2));
            Prop(w, "jurisdiction", Country(n.Alpha2));
            Prop(w, "classification", "nation");
            Prop(
                w,
                "idNumber",
                $"ISO 3166-1 alpha-2 {n.Alpha2}",
                $"ISO 3166-1 alpha-3 {n.Alpha3}",
                $"ISO 3166-1 numeric {n.Numeric}",
                n.CowCode is { } cow ? string.Create(CultureInfo.InvariantCulture, $"COW {cow} {n.CowAbbreviation}") : null,
                n.GwCode is { } gw ? string.Create(CultureInfo.InvariantCulture, $"GW {gw} {n.GwAbbreviation}") : null);
            Proof(w, n.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, n.Evidence).ConfigureAwait(false);
        }

        await foreach (var o in ExportQueries.Organisations(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Organisation(o.Id);
            written.Add(id);
            Start(w, id, SchemaOf(o.Kind));
            Prop(w, "name", o.Name ?? $"{o.NationName}'s {Words(o.Kind.ToString())}");
            Aliases(w, o.OtherNames);
            Prop(w, "country", o.NationAlpha2 is { } country ? Country(country) : null);
            Prop(w, "classification", Words(o.Kind.ToString()));
            Prop(w, "notes", o.Name is null ? UnnamedNote : null, o.HostNationAlpha3 is { } host ? $"host nation: {ExportIds.Nation(host)}" : null);
            Proof(w, o.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, o.Evidence).ConfigureAwait(false);

            // The body's nation: LegalEntity.parent is deprecated in the model, so a Membership of
            // the body in its nation (role "part of"), on the body's own citation. A body without a
            // nation (a forum) has none.
            if (o.NationAlpha3 is null)
            {
                continue;
            }

            Start(w, ExportIds.BodyOfNation(o.Id), "Membership");
            Prop(w, "member", id);
            Prop(w, "organization", ExportIds.Nation(o.NationAlpha3));
            Prop(w, "role", "part of");
            IntervalEvidence(w, o.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
        }

        // A membership of a body (a forum's member nation, its chair for a year): FtM's Membership,
        // the role in words, the term as its interval; its citations document the member.
        await foreach (var m in ExportQueries.Memberships(scope, cancellationToken).ConfigureAwait(false))
        {
            var member = m.MemberNationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Organisation(m.MemberOrganisationId!.Value);
            var organisation = ExportIds.Organisation(m.OrganisationId);
            if (!written.Contains(member) || !written.Contains(organisation))
            {
                continue;
            }

            var id = ExportIds.Membership(m.Id);
            Start(w, id, "Membership");
            Prop(w, "member", member);
            Prop(w, "organization", organisation);
            Prop(w, "role", Words(m.Role.ToString()));
            Prop(w, "startDate", m.StartedOn?.ToString());
            Prop(w, "endDate", m.EndedOn?.ToString());
            IntervalEvidence(w, m.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(member, m.Evidence, forInterval: id).ConfigureAwait(false);
        }

        // An ownership: FtM's Ownership (owner, asset, percentage, startDate). The percentage is the
        // share's canonical text, built from whole basis points ("50.5"), never a floating-point
        // number that could print 50.499999. Its citations document the owner, as a membership's
        // its member; a share cited on its own is a "value Share of ownership-<id>" Documentation.
        await foreach (var o in ExportQueries.Ownerships(scope, cancellationToken).ConfigureAwait(false))
        {
            var owner = o.OwnerNationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Organisation(o.OwnerOrganisationId!.Value);
            var asset = ExportIds.Organisation(o.OwnedId);
            if (!written.Contains(owner) || !written.Contains(asset))
            {
                continue;
            }

            var id = ExportIds.Ownership(o.Id);
            Start(w, id, "Ownership");
            Prop(w, "owner", owner);
            Prop(w, "asset", asset);
            Prop(w, "percentage", o.Share?.ToString());
            Prop(w, "startDate", o.StartedOn?.ToString());
            IntervalEvidence(w, o.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(owner, o.Evidence, forInterval: id).ConfigureAwait(false);
        }

        // A defence deal: FtM's Contract (the deal: its designation as name and title, its kind as
        // type, its category as classification, the recipient as authority, the signature as
        // contractDate, the value as amount and currency, exact text from whole hundredths) and a
        // ContractAward to the supplier with the same amount and the award date. FtM has no place
        // for a quantity, an approximate or ranged value, an end user or a delivery: the Contract's
        // notes say them in words. The Contract carries the deal's citations (a Thing); the award
        // its primary passage as an interval's.
        await foreach (var d in ExportQueries.DefenceDeals(scope, cancellationToken).ConfigureAwait(false))
        {
            var supplier = d.SupplierNationAlpha3 is { } s ? ExportIds.Nation(s) : ExportIds.Organisation(d.SupplierOrganisationId!.Value);
            var recipient = d.RecipientNationAlpha3 is { } r ? ExportIds.Nation(r) : ExportIds.Organisation(d.RecipientOrganisationId!.Value);
            if (!written.Contains(supplier) || !written.Contains(recipient))
            {
                continue;
            }

            var id = ExportIds.DefenceDeal(d.Id);
            written.Add(id);
            var amount = d.Value?.ToString();
            Start(w, id, "Contract");
            Prop(w, "name", d.Designation);
            Prop(w, "title", d.Designation);
            Prop(w, "type", Words(d.Kind.ToString()));
            Prop(w, "classification", Words(d.Category.ToString()));
            Prop(w, "authority", recipient);
            Prop(w, "contractDate", d.SignedOn?.ToString());
            Prop(w, "amount", amount);
            Prop(w, "currency", d.ValueCurrency);
            Prop(
                w,
                "notes",
                d.Quantity is { } quantity ? $"quantity: {quantity.ToString(CultureInfo.InvariantCulture)}{(d.QuantityUnit is { } unit ? " " + unit : string.Empty)}" : null,
                d.QuantityDelivered is { } delivered ? $"delivered: {delivered.ToString(CultureInfo.InvariantCulture)}" : null,
                d.ValueExactness is { } exactness && exactness != ValueExactness.Exact ? $"value: {Words(exactness.ToString())}" : null,
                d.ValueUpTo is { } upTo ? $"value up to: {upTo}" : null,
                d.EndUserId is { } endUser && written.Contains(ExportIds.Organisation(endUser)) ? $"end user: {ExportIds.Organisation(endUser)}" : null,
                d.DecidedOn is { } decided ? $"decided: {decided}" : null,
                d.DeliveredOn is { } deliveredOn ? $"delivered on: {deliveredOn}" : null,
                d.DeliveryDueOn is { } due ? $"delivery due: {due}" : null);
            Proof(w, d.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, d.Evidence).ConfigureAwait(false);

            Start(w, ExportIds.DealAward(d.Id), "ContractAward");
            Prop(w, "contract", id);
            Prop(w, "supplier", supplier);
            Prop(w, "amount", amount);
            Prop(w, "currency", d.ValueCurrency);
            Prop(w, "startDate", d.AwardedOn?.ToString());
            IntervalEvidence(w, d.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
        }

        await foreach (var p in ExportQueries.People(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Person(p.Id);
            written.Add(id);
            Start(w, id, "Person");
            Prop(w, "name", p.Name);
            Aliases(w, p.OtherNames);
            Prop(w, "title", p.Rank);
            Proof(w, p.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, p.Evidence).ConfigureAwait(false);
        }

        await foreach (var p in ExportQueries.Posts(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Post(p.Id);
            Start(w, id, "Position");
            Prop(w, "name", p.Title);
            Aliases(w, p.OtherNames);
            Prop(w, "country", p.NationAlpha2 is { } country ? Country(country) : null);
            Prop(w, "organization", p.OrganisationId is { } org ? ExportIds.Organisation(org) : ExportIds.Nation(p.NationAlpha3!));
            Prop(w, "notes", p.AccreditedToAlpha3 is { } to ? $"accredited to: {ExportIds.Nation(to)}" : null);
            Proof(w, p.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, p.Evidence).ConfigureAwait(false);
        }

        await foreach (var h in ExportQueries.Holdings(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Holding(h.Id);
            Start(w, id, "Occupancy");
            Prop(w, "holder", ExportIds.Person(h.PersonId));
            Prop(w, "post", ExportIds.Post(h.PostId));
            Prop(w, "startDate", h.StartedOn?.ToString());
            Prop(w, "endDate", h.EndedOn?.ToString());
            IntervalEvidence(w, h.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(ExportIds.Person(h.PersonId), h.Evidence, forInterval: id).ConfigureAwait(false);
        }

        await foreach (var e in ExportQueries.Engagements(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Engagement(e.Id);
            written.Add(id);
            Start(w, id, "Event");
            Prop(w, "name", e.Subject);
            Prop(w, "date", e.HeldOn.ToString());
            Prop(w, "location", e.Place?.Label);
            Prop(
                w,
                "notes",
                [
                    e.Status == EngagementStatus.Held ? null : $"status: {Words(e.Status.ToString())}",
                    e.Mode is { } mode ? $"mode: {Words(mode.ToString())}" : null,
                    e.ParentId is { } parent ? $"on the sidelines of: {ExportIds.Engagement(parent)}" : null,
                    .. e.HandledAgreements.Select(a => $"{Words(a.Handling.ToString())}: {ExportIds.Agreement(a.AgreementId)}"),
                ]);
            Prop(w, "keywords", Words(e.Kind.ToString()));
            // Participants in a role (the forum that met, an observer) are involved too; a host is also the organizer.
            Prop(w, "involved", [.. e.Nations.Concat(e.ParticipantNations).Distinct(StringComparer.Ordinal).Select(ExportIds.Nation).Concat(e.ParticipantBodyIds.Distinct().Select(ExportIds.Organisation)).Where(written.Contains), .. e.MemberPersonIds.Distinct().Select(ExportIds.Person).Where(written.Contains)]);
            Prop(w, "organizer", [.. e.HostNations.Select(ExportIds.Nation).Concat(e.HostBodyIds.Distinct().Select(ExportIds.Organisation)).Where(written.Contains)]);
            Proof(w, e.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, e.Evidence).ConfigureAwait(false);
        }

        // The steps of agreements' legal lives: FtM has no schema for a ratification, so each is a
        // note of its Contract ("ratified by IDN: 2026-11-18") and its citation documents the Contract.
        var steps = new Dictionary<int, List<AgreementEventRow>>();
        await foreach (var e in ExportQueries.AgreementEvents(scope, cancellationToken).ConfigureAwait(false))
        {
            if (!steps.TryGetValue(e.AgreementId, out var ofAgreement))
            {
                steps[e.AgreementId] = ofAgreement = [];
            }

            ofAgreement.Add(e);
        }

        await foreach (var a in ExportQueries.Agreements(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Agreement(a.Id);
            var agreementSteps = steps.GetValueOrDefault(a.Id) ?? [];
            written.Add(id);
            Start(w, id, "Contract");
            Prop(w, "name", a.Label);
            Aliases(w, a.OtherNames);
            Prop(w, "title", a.Label);
            Prop(w, "type", Words(a.Kind.ToString()));
            Prop(w, "summary", a.Subject);
            Prop(w, "contractDate", a.ConcludedOn?.ToString());
            Prop(w, "authority", [.. a.Parties.Select(ExportIds.Nation), .. a.BodyPartyIds.Select(ExportIds.Organisation).Where(written.Contains)]);
            Prop(
                w,
                "notes",
                [
                    a.Title is null ? UnnamedNote : null,
                    $"status: {Words(a.Status.ToString())}",
                    a.EnteredIntoForceOn is { } force ? $"entered into force: {force}" : null,
                    a.EndedOn is { } ended ? $"ended: {ended}" : null,
                    a.EngagementId is { } engagement ? $"decided at: {ExportIds.Engagement(engagement)}" : null,
                    a.FrameworkId is { } framework ? $"implements the framework agreement: {ExportIds.Agreement(framework)}" : null,
                    a.PolicyName is { } policy ? $"implements the policy: {policy}" : null,
                    a.Significance is { } significance ? $"significance: {significance}" : null,
                    .. agreementSteps.Select(e => $"{e.Words}{(e.OccurredOn is { } on ? $": {on}" : string.Empty)}{(e.ActingBodyId is { } body && written.Contains(ExportIds.Organisation(body)) ? $" (by {ExportIds.Organisation(body)})" : string.Empty)}"),
                ]);
            Proof(w, a.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, a.Evidence).ConfigureAwait(false);
            foreach (var e in agreementSteps)
            {
                await EvidenceAsync(id, e.Evidence, forInterval: ExportIds.AgreementEvent(e.Id)).ConfigureAwait(false);
            }
        }

        // A signatory: FtM has no signing of a contract (Contract.authority holds the parties,
        // ContractAward a supplier), so an UnknownLink joins the body to the agreement with the role
        // in words ("signatory", "witness", "exchanger"); and, when the source names the nation it
        // signed for, a Representation (agent: the body, client: the nation, "acting on behalf of a
        // legal entity") whose role names the agreement. Both carry the one citation as an
        // interval's; its Documentation entities document the signing body, once. Why these two
        // schemata: docs/exports.md.
        await foreach (var s in ExportQueries.Signatories(scope, cancellationToken).ConfigureAwait(false))
        {
            var body = ExportIds.Organisation(s.OrganisationId);
            var agreement = ExportIds.Agreement(s.AgreementId);
            if (!written.Contains(body) || !written.Contains(agreement))
            {
                continue;
            }

            var id = ExportIds.AgreementSignatory(s.Id);
            var role = Words(s.Role.ToString());
            Start(w, id, "UnknownLink");
            Prop(w, "subject", body);
            Prop(w, "object", agreement);
            Prop(w, "role", role);
            IntervalEvidence(w, s.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);

            if (s.OnBehalfOfAlpha3 is { } nation && written.Contains(ExportIds.Nation(nation)))
            {
                Start(w, ExportIds.SignatoryOnBehalf(s.Id), "Representation");
                Prop(w, "agent", body);
                Prop(w, "client", ExportIds.Nation(nation));
                Prop(w, "role", $"{role} of {agreement}");
                IntervalEvidence(w, s.Evidence);
                End(w);
                await EndAsync().ConfigureAwait(false);
            }

            await EvidenceAsync(body, s.Evidence, forInterval: id).ConfigureAwait(false);
        }

        await foreach (var x in ExportQueries.Exercises(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Exercise(x.Id);
            written.Add(id);
            Start(w, id, "Event");
            Prop(w, "name", x.Label);
            Prop(w, "keywords", "military exercise", x.SeriesName);
            Prop(w, "notes", [$"edition of the exercise series {x.SeriesName}", x.Recurrence is { } recurrence ? $"series held: {Words(recurrence.ToString())}" : null, x.EditionNumber is { } number ? $"edition: {number.ToString(CultureInfo.InvariantCulture)}" : null, .. x.Contributions.Select(c => $"contribution of {c.Text}")]);
            Prop(w, "startDate", x.StartedOn?.ToString());
            Prop(w, "location", [.. x.Places.Select(p => p.Label).Distinct(StringComparer.Ordinal)]);
            Prop(w, "endDate", x.EndedOn?.ToString());
            // A filter keeps the bodies of listed nations only: another nation's service is left out of the file and so of involved.
            Prop(w, "involved", [.. x.Nations.Select(ExportIds.Nation), .. x.ServiceIds.Select(ExportIds.Organisation).Where(written.Contains)]);
            Proof(w, x.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, x.Evidence).ConfigureAwait(false);
        }

        // An invitation: FtM has no schema for one, so an UnknownLink (an interval: "two entities are
        // connected") joins the inviter to the invitee (a nation's PublicBody or a Person), its role
        // naming the event ("invited to exercise-3"), its status the response as stated and its
        // startDate when it was extended; the one citation as an interval's, documented on the
        // inviter. Written when the file holds both ends and the event. Why: docs/exports.md.
        await foreach (var i in ExportQueries.Invitations(scope, cancellationToken).ConfigureAwait(false))
        {
            if (!written.Contains(i.Inviter) || !written.Contains(i.Invitee) || !written.Contains(i.Event))
            {
                continue;
            }

            var id = ExportIds.Invitation(i.Id);
            Start(w, id, "UnknownLink");
            Prop(w, "subject", i.Inviter);
            Prop(w, "object", i.Invitee);
            Prop(w, "role", $"invited to {i.Event}");
            Prop(w, "status", i.Response is { } response ? Words(response.ToString()) : null);
            Prop(w, "startDate", i.ExtendedOn?.ToString());
            IntervalEvidence(w, i.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(i.Inviter, i.Evidence, forInterval: id).ConfigureAwait(false);
        }

        await foreach (var g in ExportQueries.WorkingGroups(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.WorkingGroup(g.Id);
            Start(w, id, "Organization");
            Prop(w, "name", g.Name ?? $"joint working group of {string.Join(" and ", g.Members)}");
            Prop(w, "classification", "working group");
            Prop(w, "summary", g.Mandate);
            Prop(w, "status", Words(g.Status.ToString()));
            Prop(w, "incorporationDate", g.EstablishedOn?.ToString());
            Prop(w, "notes", g.Name is null ? UnnamedNote : null, g.EstablishedByAgreementId is { } by ? $"established by: {ExportIds.Agreement(by)}" : null, g.ParentOrganisationId is { } parent ? $"working group of: {ExportIds.Organisation(parent)}" : null, g.Significance is { } significance ? $"significance: {significance}" : null);
            Proof(w, g.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, g.Evidence).ConfigureAwait(false);
        }

        await foreach (var m in ExportQueries.WorkingGroupMembers(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.WorkingGroupMember(m.WorkingGroupId, m.NationAlpha3);
            Start(w, id, "Membership");
            Prop(w, "member", ExportIds.Nation(m.NationAlpha3));
            Prop(w, "organization", ExportIds.WorkingGroup(m.WorkingGroupId));
            Prop(w, "role", Words(m.Role.ToString()));
            Prop(w, "startDate", m.StartedOn?.ToString());
            Prop(w, "endDate", m.TermEndedOn?.ToString());
            IntervalEvidence(w, m.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(ExportIds.Nation(m.NationAlpha3), m.Evidence, forInterval: id).ConfigureAwait(false);
        }

        // An initiative is FtM's Project ("an activity carried out by a group of participants"),
        // each nation taking part a ProjectParticipant with its own citation; the aim whose strategy
        // it is part of is its goal, the group that steers it and its policy are notes.
        var initiatives = new HashSet<int>();
        await foreach (var i in ExportQueries.Initiatives(scope, cancellationToken).ConfigureAwait(false))
        {
            var id = ExportIds.Initiative(i.Id);
            initiatives.Add(i.Id);
            Start(w, id, "Project");
            Prop(w, "name", i.Name);
            Prop(w, "goal", i.AimDescription);
            Prop(
                w,
                "notes",
                i.SteeringGroupId is { } group ? $"steered by: {ExportIds.WorkingGroup(group)}" : null,
                i.PolicyName is { } policy ? $"part of the policy: {policy}" : null);
            Proof(w, i.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(id, i.Evidence).ConfigureAwait(false);
        }

        await foreach (var p in ExportQueries.InitiativeParticipants(scope, cancellationToken).ConfigureAwait(false))
        {
            if (!initiatives.Contains(p.InitiativeId))
            {
                continue;
            }

            var id = ExportIds.InitiativeParticipant(p.Id);
            Start(w, id, "ProjectParticipant");
            Prop(w, "project", ExportIds.Initiative(p.InitiativeId));
            Prop(w, "participant", ExportIds.Nation(p.NationAlpha3));
            Prop(w, "role", "participant");
            IntervalEvidence(w, p.Evidence);
            End(w);
            await EndAsync().ConfigureAwait(false);
            await EvidenceAsync(ExportIds.Nation(p.NationAlpha3), p.Evidence, forInterval: id).ConfigureAwait(false);
        }

        await json.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>FtM requires a name; where the source states none, the computed label is given and this note says so.</summary>
    internal const string UnnamedNote = "name not stated by the source: the name is a label DefenceTies computes";

    private static void Start(Utf8JsonWriter w, string id, string schema)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("schema", schema);
        w.WriteStartObject("properties");
    }

    private static void End(Utf8JsonWriter w)
    {
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// An interval's own primary citation: the verbatim passage as <c>summary</c>, its place as
    /// <c>recordId</c>, the support (with the note of an implied reading and any attribution) as
    /// <c>description</c>. Its Documentation entities go to the Thing it joins.
    /// </summary>
    private static void IntervalEvidence(Utf8JsonWriter w, Evidence evidence)
    {
        Prop(w, "summary", evidence.Passage);
        Prop(w, "description", evidence.SupportText, evidence.ClaimText);
        Prop(w, "recordId", ExportIds.PassageUri(evidence.DocumentKey, evidence.StartIndex, evidence.Length));
    }

    /// <summary>"value ConcludedOn of agreement-17: Implied: why": which value of which entity a value's citation supports, and how.</summary>
    internal static string ValueDescription(ValueEvidence value, string entityId) => $"value {value.Property} of {entityId}: {value.SupportText}";

    private static void Proof(Utf8JsonWriter w, Evidence evidence) =>
        Prop(w, "proof", [.. new[] { evidence.DocumentKey }.Concat(evidence.Corroborations.Select(c => c.DocumentKey)).Distinct(StringComparer.Ordinal).Select(ExportIds.Document)]);

    // Every FtM property is a list of strings; a property with no value is left out.
    /// <summary>A fact's other names as Thing's <c>alias</c> property (their kinds and citations are not kept: FtM has no room for them on a value).</summary>
    private static void Aliases(Utf8JsonWriter w, List<OtherNameRow> otherNames) => Prop(w, "alias", [.. otherNames.Select(o => o.Name)]);

    private static void Prop(Utf8JsonWriter w, string name, params ReadOnlySpan<string?> values)
    {
        var any = false;
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            if (!any)
            {
                w.WriteStartArray(name);
                any = true;
            }

            w.WriteStringValue(value);
        }

        if (any)
        {
            w.WriteEndArray();
        }
    }

    // FtM's country type holds ISO 3166-1 alpha-2 codes in lower case.
    private static string Country(string alpha2) => alpha2.ToLowerInvariant();

    /// <summary>"DecisionToEstablish" → "decision to establish".</summary>
    /// <summary>
    /// The FollowTheMoney schema of a kind of body: a nation's own bodies are PublicBody, companies
    /// (state-owned and joint ventures too) Company, and bodies of no nation or of no state
    /// (international organisations, forums, armed groups, militias) Organization.
    /// </summary>
    internal static string SchemaOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Company or OrganisationKind.StateOwnedEnterprise or OrganisationKind.JointVenture => "Company",
        OrganisationKind.InternationalOrganisation or OrganisationKind.Forum or OrganisationKind.NonStateArmedGroup or OrganisationKind.MaritimeMilitia => "Organization",
        _ => "PublicBody",
    };

    internal static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i == 0 ? char.ToLowerInvariant(c).ToString() : " " + char.ToLowerInvariant(c)) : c.ToString()));
}
