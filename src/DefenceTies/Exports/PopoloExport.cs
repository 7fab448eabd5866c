using System.Globalization;
using System.Text.Json;

namespace DefenceTies.Exports;

/// <summary>
/// One Popolo JSON document (https://www.popoloproject.com/specs/): <c>persons</c>,
/// <c>organizations</c> (nations, their bodies, working groups), <c>posts</c>, <c>memberships</c>
/// (post holdings, delegation seats, working-group members) and <c>events</c> (engagements,
/// exercises, agreements). Each object's <c>sources</c> give the passage as <c>note</c> and its
/// place as <c>url</c> (a URN with an RFC 5147 <c>#char=</c> fragment). Popolo has no slot for a
/// citation's support, note or attribution: those are in the FollowTheMoney and GraphML exports.
/// </summary>
internal static class PopoloExport
{
    public static async Task<long> WriteAsync(ExportScope scope, Stream output, CancellationToken cancellationToken)
    {
        var written = 0L;
        await using var json = new JsonOutput(output, lines: false);
        var w = json.Json;

        async ValueTask EndAsync(Evidence evidence)
        {
            Sources(w, evidence);
            w.WriteEndObject();
            written++;
            await json.FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
        }

        w.WriteStartObject();

        // The persons written, so that an event names as attendees only persons the document holds
        // (an engagement kept because a listed nation hosted it may have delegates of other nations).
        var persons = new HashSet<int>();
        w.WriteStartArray("persons");
        await foreach (var p in ExportQueries.People(scope, cancellationToken).ConfigureAwait(false))
        {
            persons.Add(p.Id);
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Person(p.Id));
            w.WriteString("name", p.Name);
            Optional(w, "honorific_prefix", p.Rank);
            OtherNames(w, p.OtherNames);
            await EndAsync(p.Evidence).ConfigureAwait(false);
        }

        w.WriteEndArray();

        // The organizations written, so that a membership or parent names only an object of the
        // document (a nation filter keeps a forum of a listed member, not every member nation).
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        w.WriteStartArray("organizations");
        await foreach (var n in ExportQueries.Nations(scope, cancellationToken).ConfigureAwait(false))
        {
            organizations.Add(ExportIds.Nation(n.Alpha3));
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Nation(n.Alpha3));
            w.WriteString("name", n.Name);
            w.WriteString("classification", "nation");
            w.WriteStartArray("identifiers");
            Identifier(w, "ISO 3166-1 alpha-2", n.Alpha2);
            Identifier(w, "ISO 3166-1 alpha-3", n.Alpha3);
            Identifier(w, "ISO 3166-1 numeric", n.Numeric);
            if (n.CowCode is { } cow)
            {
                Identifier(w, "Correlates of War state number", cow.ToString(CultureInfo.InvariantCulture));
                Identifier(w, "Correlates of War state abbreviation", n.CowAbbreviation!);
            }

            if (n.GwCode is { } gw)
            {
                Identifier(w, "Gleditsch-Ward state number", gw.ToString(CultureInfo.InvariantCulture));
                Identifier(w, "Gleditsch-Ward state abbreviation", n.GwAbbreviation!);
            }

            w.WriteEndArray();
            await EndAsync(n.Evidence).ConfigureAwait(false);
        }

        await foreach (var o in ExportQueries.Organisations(scope, cancellationToken).ConfigureAwait(false))
        {
            organizations.Add(ExportIds.Organisation(o.Id));
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Organisation(o.Id));
            Optional(w, "name", o.Name);
            OtherNames(w, o.OtherNames);
            w.WriteString("classification", FollowTheMoneyExport.Words(o.Kind.ToString()));
            if (o.NationAlpha3 is { } nation)
            {
                w.WriteString("parent_id", ExportIds.Nation(nation));
            }

            await EndAsync(o.Evidence).ConfigureAwait(false);
        }

        await foreach (var g in ExportQueries.WorkingGroups(scope, cancellationToken).ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteString("id", ExportIds.WorkingGroup(g.Id));
            Optional(w, "name", g.Name);
            w.WriteString("classification", "working group");
            Optional(w, "founding_date", g.EstablishedOn?.ToString());

            // A forum's expert working group: the forum is its parent organization.
            if (g.ParentOrganisationId is { } parent && organizations.Contains(ExportIds.Organisation(parent)))
            {
                w.WriteString("parent_id", ExportIds.Organisation(parent));
            }

            await EndAsync(g.Evidence).ConfigureAwait(false);
        }

        w.WriteEndArray();

        // The posts written, so that a membership names only a post the document holds (a nation
        // filter keeps the posts of the listed nations, while a delegation to a shared engagement
        // may sit in the capacity of another nation's post).
        var posts = new HashSet<int>();
        w.WriteStartArray("posts");
        await foreach (var p in ExportQueries.Posts(scope, cancellationToken).ConfigureAwait(false))
        {
            posts.Add(p.Id);
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Post(p.Id));
            w.WriteString("label", p.Title);
            if (p.OtherNames.Count > 0)
            {
                // Popolo's Post has other_label: the other titles (a native-language title), as strings.
                w.WriteStartArray("other_label");
                foreach (var o in p.OtherNames)
                {
                    w.WriteStringValue(o.Name);
                }

                w.WriteEndArray();
            }

            w.WriteString("organization_id", p.OrganisationId is { } org ? ExportIds.Organisation(org) : ExportIds.Nation(p.NationAlpha3!));
            await EndAsync(p.Evidence).ConfigureAwait(false);
        }

        w.WriteEndArray();

        w.WriteStartArray("memberships");
        await foreach (var h in ExportQueries.Holdings(scope, cancellationToken).ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Holding(h.Id));
            w.WriteString("person_id", ExportIds.Person(h.PersonId));
            w.WriteString("post_id", ExportIds.Post(h.PostId));
            w.WriteString("organization_id", h.PostOrganisationId is { } org ? ExportIds.Organisation(org) : ExportIds.Nation(h.PostNationAlpha3!));
            w.WriteString("role", h.PostTitle);
            Optional(w, "start_date", h.StartedOn?.ToString());
            Optional(w, "end_date", h.EndedOn?.ToString());
            await EndAsync(h.Evidence).ConfigureAwait(false);
        }

        // A seat in a nation's delegation is a membership in that nation. Popolo holds a post "in
        // that organization" through the membership, so the capacity post is its post_id only when
        // the post sits in the nation itself; a body's post (a ministry's) is held through the
        // holding's own membership in the body, and the seat names it in its label instead.
        await foreach (var m in ExportQueries.DelegationMembers(scope, cancellationToken).ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteString("id", ExportIds.DelegationMember(m.Id));
            var capacity = m.CapacityPostTitle is { } title ? $", in the capacity of {title}" : string.Empty;
            w.WriteString("label", $"delegation to {ExportIds.Engagement(m.EngagementId)}: {m.EngagementSubject}{capacity}");
            w.WriteString("role", m.Role == Model.DelegationRole.Leader ? "delegation leader" : "delegation member");
            w.WriteString("person_id", ExportIds.Person(m.PersonId));
            w.WriteString("organization_id", ExportIds.Nation(m.NationAlpha3));
            if (m.CapacityPostId is { } post && m.CapacityPostOrganisationId is null && posts.Contains(post))
            {
                w.WriteString("post_id", ExportIds.Post(post));
            }

            w.WriteString("start_date", m.HeldOn.ToString());
            w.WriteString("end_date", m.HeldOn.ToString());
            await EndAsync(m.Evidence).ConfigureAwait(false);
        }

        await foreach (var m in ExportQueries.WorkingGroupMembers(scope, cancellationToken).ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteString("id", ExportIds.WorkingGroupMember(m.WorkingGroupId, m.NationAlpha3));
            w.WriteString("role", m.Role == Model.ParticipationRole.Member ? "member nation" : FollowTheMoneyExport.Words(m.Role.ToString()));
            Member(w, ExportIds.Nation(m.NationAlpha3));
            w.WriteString("organization_id", ExportIds.WorkingGroup(m.WorkingGroupId));
            Optional(w, "start_date", m.StartedOn?.ToString());
            Optional(w, "end_date", m.TermEndedOn?.ToString());
            await EndAsync(m.Evidence).ConfigureAwait(false);
        }

        // A membership of a body (a forum's member nation, its chair for a year): the member is an
        // organization, so it is named by `member` ({"@type": "Organization", "id"}), with the role
        // and term; popolo-project/popolo-spec schemas/membership.json @
        // b6225682e1e21d817316f9737b1fe87279a1063a (member, organization_id, role, start_date, end_date).
        await foreach (var m in ExportQueries.Memberships(scope, cancellationToken).ConfigureAwait(false))
        {
            var member = m.MemberNationAlpha3 is { } nation ? ExportIds.Nation(nation) : ExportIds.Organisation(m.MemberOrganisationId!.Value);
            var organisation = ExportIds.Organisation(m.OrganisationId);
            if (!organizations.Contains(member) || !organizations.Contains(organisation))
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("id", ExportIds.Membership(m.Id));
            w.WriteString("role", FollowTheMoneyExport.Words(m.Role.ToString()));
            Member(w, member);
            w.WriteString("organization_id", organisation);
            Optional(w, "start_date", m.StartedOn?.ToString());
            Optional(w, "end_date", m.EndedOn?.ToString());
            await EndAsync(m.Evidence).ConfigureAwait(false);
        }

        w.WriteEndArray();

        // The engagements written, so that an agreement names as its parent only an event the
        // document holds (a date range may keep an agreement in force but not the day it was decided).
        var engagements = new HashSet<int>();
        w.WriteStartArray("events");
        await foreach (var e in ExportQueries.Engagements(scope, cancellationToken).ConfigureAwait(false))
        {
            engagements.Add(e.Id);
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Engagement(e.Id));
            w.WriteString("name", e.Subject);
            w.WriteString("classification", FollowTheMoneyExport.Words(e.Kind.ToString()));
            w.WriteString("start_date", e.HeldOn.ToString());
            w.WriteString("end_date", e.HeldOn.ToString());
            Optional(w, "location", e.Place?.Label);
            w.WriteString("status", FollowTheMoneyExport.Words(e.Status.ToString()));
            if (e.ParentId is { } parent)
            {
                w.WriteString("parent_id", ExportIds.Engagement(parent));
            }
            w.WriteStartArray("attendees");
            foreach (var person in e.MemberPersonIds.Distinct().Where(persons.Contains))
            {
                w.WriteStartObject();
                w.WriteString("id", ExportIds.Person(person));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            await EndAsync(e.Evidence).ConfigureAwait(false);
        }

        await foreach (var x in ExportQueries.Exercises(scope, cancellationToken).ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Exercise(x.Id));
            w.WriteString("name", x.Label);
            w.WriteString("description", x.Recurrence is { } recurrence ? $"edition of the exercise series {x.SeriesName} (held: {FollowTheMoneyExport.Words(recurrence.ToString())})" : $"edition of the exercise series {x.SeriesName}");
            w.WriteString("classification", "military exercise");
            Optional(w, "start_date", x.StartedOn?.ToString());
            Optional(w, "end_date", x.EndedOn?.ToString());

            // Popolo's location is one string: the area and bases in the order stored, with their roles.
            Optional(w, "location", x.Places.Count == 0 ? null : string.Join("; ", x.Places.Select(p => $"{p.Label} ({FollowTheMoneyExport.Words(p.Role!.Value.ToString())})")));
            await EndAsync(x.Evidence).ConfigureAwait(false);
        }

        await foreach (var a in ExportQueries.Agreements(scope, cancellationToken).ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteString("id", ExportIds.Agreement(a.Id));
            Optional(w, "name", a.Title);
            w.WriteString("description", a.Subject);
            w.WriteString("classification", "agreement: " + FollowTheMoneyExport.Words(a.Kind.ToString()));
            w.WriteString("status", FollowTheMoneyExport.Words(a.Status.ToString()));
            Optional(w, "start_date", a.ConcludedOn?.ToString());
            Optional(w, "end_date", a.EndedOn?.ToString());
            if (a.EngagementId is { } engagement && engagements.Contains(engagement))
            {
                w.WriteString("parent_id", ExportIds.Engagement(engagement));
            }

            await EndAsync(a.Evidence).ConfigureAwait(false);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await json.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    private static void Sources(Utf8JsonWriter w, Evidence evidence)
    {
        w.WriteStartArray("sources");
        Link(w, ExportIds.PassageUri(evidence.DocumentKey, evidence.StartIndex, evidence.Length), evidence.Passage);
        foreach (var c in evidence.Corroborations)
        {
            Link(w, ExportIds.PassageUri(c.DocumentKey, c.StartIndex, c.Length), c.Passage);
        }

        // A value cited on its own is a source of the object too; Popolo's link has no slot for the
        // value it backs or how, so only its passage and place are kept (docs/exports.md).
        foreach (var v in evidence.Values)
        {
            Link(w, ExportIds.PassageUri(v.DocumentKey, v.StartIndex, v.Length), v.Passage);
        }

        w.WriteEndArray();
    }

    private static void Link(Utf8JsonWriter w, string url, string note)
    {
        w.WriteStartObject();
        w.WriteString("url", url);
        w.WriteString("note", note);
        w.WriteEndObject();
    }

    private static void Identifier(Utf8JsonWriter w, string scheme, string identifier)
    {
        w.WriteStartObject();
        w.WriteString("identifier", identifier);
        w.WriteString("scheme", scheme);
        w.WriteEndObject();
    }

    // Popolo's fields are optional: a value the source does not give is left out, never invented.
    /// <summary>Popolo's <c>other_names</c>: each other name with its kind (and language) as the note; none written when there are none.</summary>
    private static void OtherNames(Utf8JsonWriter w, List<OtherNameRow> otherNames)
    {
        if (otherNames.Count == 0)
        {
            return;
        }

        w.WriteStartArray("other_names");
        foreach (var o in otherNames)
        {
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            w.WriteString("note", o.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>A membership's member that is an organization (a nation or body).</summary>
    private static void Member(Utf8JsonWriter w, string organizationId)
    {
        w.WriteStartObject("member");
        w.WriteString("@type", "Organization");
        w.WriteString("id", organizationId);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
