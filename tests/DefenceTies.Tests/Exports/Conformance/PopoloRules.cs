using System.Text.Json;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// The rules a Popolo document must keep beyond what a JSON Schema can say, as the Popolo
/// specification (repository <c>popolo-project/popolo-spec</c>) states them, plus the restated JSON
/// Schema itself. Each rule's comment names the spec file and the commit it was read at; each
/// problem reported starts with the rule's name (<see cref="Rules"/>).
/// </summary>
/// <remarks>
/// Ids are resolved within the document only: Popolo's export layout (<c>persons</c>,
/// <c>organizations</c>, <c>posts</c>, <c>memberships</c>, <c>events</c>) is the whole world a
/// reader has. Embedded objects (<c>person</c>, <c>organization</c>, <c>post</c>, …) satisfy a
/// "must name" rule but are not followed: DefenceTies writes none.
/// </remarks>
internal static class PopoloRules
{
    /// <summary>The JSON Schema restated in <c>Exports/Schemas/popolo.schema.json</c> (files and commits in that folder's README).</summary>
    public const string Schema = "schema";

    /// <summary>
    /// No two objects share an id. schemas/person.json, organization.json, membership.json @
    /// b6225682e1e21d817316f9737b1fe87279a1063a and schemas/post.json @
    /// c731e3bfbab85823eb549fc189bc0ed1912a928f describe <c>id</c> as the object's unique
    /// identifier; events (no <c>id</c> in schemas/event.json @ f11ea6e431687521ab4850059397130aa12eb80a)
    /// are held to the same when they carry one, since <c>parent_id</c> names them. Unique across
    /// the document, not per collection, because <c>member</c> and the restatement's readers look
    /// ids up across collections.
    /// </summary>
    public const string UniqueId = "unique-id";

    /// <summary>
    /// Every id a property names is the id of an object of the kind the property's definition
    /// names, in the document:
    /// <c>person_id</c> a person, <c>organization_id</c> and <c>on_behalf_of_id</c> an
    /// organization, <c>post_id</c> a post, and <c>member</c> a person or an organization as its
    /// <c>@type</c> says (schemas/membership.json @ b6225682e1e21d817316f9737b1fe87279a1063a);
    /// a post's <c>organization_id</c> an organization (schemas/post.json @
    /// c731e3bfbab85823eb549fc189bc0ed1912a928f); an organization's <c>parent_id</c> an
    /// organization (schemas/organization.json @ b6225682e1e21d817316f9737b1fe87279a1063a);
    /// an event's <c>organization_id</c> an organization, its <c>parent_id</c> an event and its
    /// <c>attendees</c> people (schemas/event.json @ f11ea6e431687521ab4850059397130aa12eb80a;
    /// specs/event.md @ f11ea6e431687521ab4850059397130aa12eb80a, 2.1: only organizations
    /// organize events and only people attend them).
    /// </summary>
    public const string Reference = "reference";

    /// <summary>
    /// A membership names its member and its organization: specs/membership.md @
    /// 5d96d58f6b11283ee9febe2e72f13870e7ff21f9, 4. Serialization ("must" assign <c>person_id</c>
    /// or <c>person</c>, and <c>organization_id</c> or <c>organization</c>), with the member
    /// widened to <c>member</c> (a person or an organization) as schemas/membership.json @
    /// b6225682e1e21d817316f9737b1fe87279a1063a, the later file, defines it.
    /// </summary>
    public const string MembershipParties = "membership-parties";

    /// <summary>
    /// A post names its organization: specs/post.md @ fb4d6c0f125389496abdc3d848b37b07c8162b10,
    /// 4. Serialization ("must" assign <c>organization_id</c> or <c>organization</c>).
    /// </summary>
    public const string PostOrganization = "post-organization";

    /// <summary>
    /// A membership's post is a post in the membership's organization: specs/post.md @
    /// fb4d6c0f125389496abdc3d848b37b07c8162b10 (a person holds a post in an organization through
    /// their membership in that organization) and specs/membership.md @
    /// 5d96d58f6b11283ee9febe2e72f13870e7ff21f9 (the post is held "in that organization");
    /// schemas/membership.json @ b6225682e1e21d817316f9737b1fe87279a1063a describes
    /// <c>post_id</c> as the post held by the member in the organization through this membership.
    /// </summary>
    public const string MembershipPost = "membership-post";

    /// <summary>
    /// Only a person holds a post: a membership with a post has a person as its member, never an
    /// organization. specs/post.md @ fb4d6c0f125389496abdc3d848b37b07c8162b10, 2.2. Range restrictions.
    /// </summary>
    public const string PostHolder = "post-holder";

    /// <summary>Every rule's name, in the order <see cref="Problems"/> checks them.</summary>
    public static readonly IReadOnlyList<string> Rules = [Schema, UniqueId, Reference, MembershipParties, PostOrganization, MembershipPost, PostHolder];

    private static readonly string[] Collections = ["persons", "organizations", "posts", "memberships", "events"];

    /// <summary>One message per broken rule and place, each starting with the rule's name and a colon; empty when the document keeps every rule.</summary>
    public static IReadOnlyList<string> Problems(JsonElement popolo)
    {
        var problems = new List<string>();
        problems.AddRange(Exported.Problems(Exported.Popolo, popolo).Select(p => $"{Schema}: {p}"));
        if (popolo.ValueKind != JsonValueKind.Object)
        {
            return problems;
        }

        // Each id's collection, from the first object that carries it.
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var postOrganizations = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (collection, index, item) in Items(popolo))
        {
            if (Text(item, "id") is not { } id)
            {
                continue;
            }

            if (!kinds.TryAdd(id, collection))
            {
                problems.Add($"{UniqueId}: {collection}[{index}]: id '{id}' is already the id of an object in {kinds[id]}");
                continue;
            }

            if (collection == "posts")
            {
                postOrganizations[id] = Text(item, "organization_id");
            }
        }

        void Refers(string where, string? id, string kind)
        {
            if (id is null)
            {
                return;
            }

            if (!kinds.TryGetValue(id, out var found))
            {
                problems.Add($"{Reference}: {where}: '{id}' names nothing in the document (it must name an object in {kind})");
            }
            else if (found != kind)
            {
                problems.Add($"{Reference}: {where}: '{id}' names an object in {found}, not in {kind}");
            }
        }

        foreach (var (collection, index, item) in Items(popolo))
        {
            var at = $"{collection}[{index}]";
            switch (collection)
            {
                case "organizations":
                    Refers($"{at}.parent_id", Text(item, "parent_id"), "organizations");
                    break;

                case "posts":
                    Refers($"{at}.organization_id", Text(item, "organization_id"), "organizations");
                    if (Text(item, "organization_id") is null && !Has(item, "organization"))
                    {
                        problems.Add($"{PostOrganization}: {at}: a post names no organization (organization_id or organization)");
                    }

                    break;

                case "memberships":
                    Membership(at, item);
                    break;

                case "events":
                    Refers($"{at}.organization_id", Text(item, "organization_id"), "organizations");
                    Refers($"{at}.parent_id", Text(item, "parent_id"), "events");
                    if (item.TryGetProperty("attendees", out var attendees) && attendees.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var attendee in attendees.EnumerateArray())
                        {
                            Refers($"{at}.attendees[{i++}].id", Text(attendee, "id"), "persons");
                        }
                    }

                    break;
            }
        }

        void Membership(string at, JsonElement item)
        {
            var personId = Text(item, "person_id");
            var organizationId = Text(item, "organization_id");
            var postId = Text(item, "post_id");
            Refers($"{at}.person_id", personId, "persons");
            Refers($"{at}.organization_id", organizationId, "organizations");
            Refers($"{at}.on_behalf_of_id", Text(item, "on_behalf_of_id"), "organizations");
            Refers($"{at}.post_id", postId, "posts");

            var memberIsOrganization = false;
            if (item.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object)
            {
                switch (Text(member, "@type"))
                {
                    case "Person": Refers($"{at}.member.id", Text(member, "id"), "persons"); break;
                    case "Organization": Refers($"{at}.member.id", Text(member, "id"), "organizations"); memberIsOrganization = true; break;
                    case var type: problems.Add($"{Reference}: {at}.member: '@type' is {(type is null ? "missing" : $"'{type}'")}, not Person or Organization"); break;
                }
            }

            var hasPerson = personId is not null || Has(item, "person");
            var hasMember = hasPerson || (member.ValueKind == JsonValueKind.Object && Text(member, "id") is not null);
            if (!hasMember)
            {
                problems.Add($"{MembershipParties}: {at}: a membership names no member (person_id, person or member)");
            }

            if (organizationId is null && !Has(item, "organization"))
            {
                problems.Add($"{MembershipParties}: {at}: a membership names no organization (organization_id or organization)");
            }

            if (postId is null)
            {
                return;
            }

            // A post that names no organization is the post-organization rule's problem, an unknown one the reference rule's.
            if (postOrganizations.TryGetValue(postId, out var postOrganization) && postOrganization is not null && postOrganization != organizationId)
            {
                problems.Add($"{MembershipPost}: {at}: post '{postId}' is held in '{postOrganization}', but the membership is in '{organizationId ?? "(none)"}'");
            }

            if (!hasPerson || memberIsOrganization)
            {
                problems.Add($"{PostHolder}: {at}: post '{postId}' is held by a membership whose member is not a person");
            }
        }

        return problems;
    }

    private static IEnumerable<(string Collection, int Index, JsonElement Item)> Items(JsonElement popolo)
    {
        foreach (var collection in Collections)
        {
            if (!popolo.TryGetProperty(collection, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                yield return (collection, index++, item);
            }
        }
    }

    private static string? Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Has(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object;
}
