using System.Globalization;

namespace DefenceTies.Exports;

/// <summary>
/// Export ids: a nation by its alpha-3 code (the same in every database), a document by its key,
/// every other fact by its kind and row id (stable for one database: ids are never reused).
/// </summary>
internal static class ExportIds
{
    public static string Nation(string alpha3) => "nation-" + alpha3;

    public static string Document(string key) => "document-" + key;

    public static string Citation(int id) => Of("citation", id);

    /// <summary>
    /// The Documentation of one value backed by a citation: apart from the citation's own, because
    /// one citation may back the fact and a value of it (a value a restating report adds is backed
    /// by the report's corroborating citation).
    /// </summary>
    public static string ValueCitation(int citationId, string property) => Of("citation", citationId) + "-value-" + property;

    public static string Organisation(int id) => Of("organisation", id);

    public static string Person(int id) => Of("person", id);

    public static string Post(int id) => Of("post", id);

    public static string Holding(int id) => Of("post-holding", id);

    public static string Engagement(int id) => Of("engagement", id);

    public static string DelegationMember(int id) => Of("delegation-member", id);

    public static string Agreement(int id) => Of("agreement", id);

    public static string Exercise(int id) => Of("exercise", id);

    public static string WorkingGroup(int id) => Of("working-group", id);

    public static string WorkingGroupMember(int groupId, string alpha3) => Of("working-group", groupId) + "-member-" + alpha3;

    public static string PolicyLink(int id) => Of("policy-link", id);

    /// <summary>A membership of a body (a forum's member nation, its chair).</summary>
    public static string Membership(int id) => Of("membership", id);

    public static string EngagementParticipant(int id) => Of("engagement-participant", id);

    /// <summary>A body (without a nation) that is a party to an agreement.</summary>
    public static string AgreementBodyParty(int id) => Of("agreement-body-party", id);

    public static string SecurityIssue(int id) => Of("security-issue", id);

    public static string SecurityIssueActor(int id) => Of("security-issue-actor", id);

    /// <summary>A relation between two nations (a tension).</summary>
    public static string NationRelation(int id) => Of("nation-relation", id);

    /// <summary>An ownership: an owner's share of a company.</summary>
    public static string Ownership(int id) => Of("ownership", id);

    /// <summary>A defence deal: a supply of equipment from a supplier to a recipient.</summary>
    public static string DefenceDeal(int id) => Of("deal", id);

    /// <summary>The award of a defence deal to its supplier (FtM's ContractAward beside the deal's Contract).</summary>
    public static string DealAward(int id) => Of("deal", id) + "-award";

    /// <summary>An invitation: who invited whom to an engagement or an exercise edition.</summary>
    public static string Invitation(int id) => Of("invitation", id);

    /// <summary>An initiative (FtM Project).</summary>
    public static string Initiative(int id) => Of("initiative", id);

    /// <summary>A nation taking part in an initiative (FtM ProjectParticipant).</summary>
    public static string InitiativeParticipant(int id) => Of("initiative-participant", id);

    /// <summary>A step of an agreement's legal life.</summary>
    public static string AgreementEvent(int id) => Of("agreement-event", id);

    /// <summary>A body that signed (witnessed, exchanged) an agreement.</summary>
    public static string AgreementSignatory(int id) => Of("agreement-signatory", id);

    /// <summary>A signatory's acting for the nation it signed on behalf of, written as an entity of its own where a format links the two (FtM's <c>Representation</c>).</summary>
    public static string SignatoryOnBehalf(int id) => AgreementSignatory(id) + "-on-behalf";

    /// <summary>A body's place in its nation, written as an entity of its own where a format has no parent property (FtM's <c>Membership</c>).</summary>
    public static string BodyOfNation(int organisationId) => Of("organisation", organisationId) + "-of-nation";

    /// <summary>
    /// Where a passage sits: an RFC 5147 text fragment (<c>#char=start,end</c>) on a URN naming the
    /// document. Offsets are UTF-16 code units, as stored; they equal RFC 5147's characters for text
    /// without characters beyond U+FFFF.
    /// </summary>
    public static string PassageUri(string documentKey, int startIndex, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"urn:defenceties:document:{Uri.EscapeDataString(documentKey)}#char={startIndex},{startIndex + length}");

    private static string Of(string kind, int id) => string.Create(CultureInfo.InvariantCulture, $"{kind}-{id}");
}
