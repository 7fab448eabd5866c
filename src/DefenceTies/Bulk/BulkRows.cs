using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>A source document to import. The SHA-256 of <paramref name="Text"/> is computed by the importer.</summary>
/// <param name="Id">The key to store; see <see cref="BulkIdAllocator"/>.</param>
/// <param name="Key">A stable identifier, unique among documents.</param>
/// <param name="Title">The title if the document states one.</param>
/// <param name="PublishedOn">The publication date, to the precision known.</param>
/// <param name="Text">The full text, exactly as received.</param>
public sealed record SourceDocumentRow(int Id, string Key, string? Title, PartialDate PublishedOn, string Text);

/// <summary>
/// A verbatim passage of a document. The importer checks that <paramref name="Passage"/> occurs in the
/// document's text at <paramref name="StartIndex"/>, as <see cref="SourceDocument.Cite"/> does.
/// </summary>
/// <param name="Id">The key to store.</param>
/// <param name="SourceDocumentId">The document, in the same batch or already stored.</param>
/// <param name="Passage">The passage, verbatim.</param>
/// <param name="StartIndex">Zero-based index of the passage in the document text, in UTF-16 code units.</param>
public sealed record CitationRow(int Id, int SourceDocumentId, string Passage, int StartIndex);

/// <summary>A nation, by its ISO 3166-1 codes.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="Alpha2Code">Two upper-case letters (IN).</param>
/// <param name="Alpha3Code">Three upper-case letters (IND).</param>
/// <param name="NumericCode">Three digits, leading zeros kept (356).</param>
/// <param name="Name">The short name, unique.</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record NationRow(int Id, string Alpha2Code, string Alpha3Code, string NumericCode, string Name, int CitationId);

/// <summary>A person.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="Name">The name as the source gives it.</param>
/// <param name="Rank">A rank or title (Gen), if stated.</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record PersonRow(int Id, string Name, string? Rank, int CitationId);

/// <summary>A meeting or talks between nations.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="Kind">The kind of engagement.</param>
/// <param name="Subject">What it was about.</param>
/// <param name="HeldOn">When it was held, to the precision stated.</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record EngagementRow(int Id, EngagementKind Kind, string Subject, PartialDate HeldOn, int CitationId);

/// <summary>A nation's delegation to an engagement (one per nation per engagement).</summary>
/// <param name="Id">The key to store.</param>
/// <param name="EngagementId">The engagement.</param>
/// <param name="NationId">The nation sending it.</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record DelegationRow(int Id, int EngagementId, int NationId, int CitationId);

/// <summary>A member of a delegation; at most one member per delegation is its leader.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="DelegationId">The delegation.</param>
/// <param name="PersonId">The person, listed once per delegation.</param>
/// <param name="Role">Leader or member.</param>
/// <param name="CapacityPostId">The post they attended in, if stated (a post of the delegation's nation).</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record DelegationMemberRow(int Id, int DelegationId, int PersonId, DelegationRole Role, int? CapacityPostId, int CitationId);

/// <summary>An agreement between nations; its parties are <see cref="AgreementPartyRow"/>s.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="Title">A title in the source's words.</param>
/// <param name="Kind">The form of the agreement.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="ConcludedOn">When it was signed or agreed, if stated.</param>
/// <param name="EnteredIntoForceOn">When it entered into force, if stated; not before it was concluded.</param>
/// <param name="EndedOn">When it ended, if stated; not before it was concluded or entered into force.</param>
/// <param name="EngagementId">The engagement at which it was reached, if any.</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record AgreementRow(
    int Id,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    string Subject,
    PartialDate? ConcludedOn,
    PartialDate? EnteredIntoForceOn,
    PartialDate? EndedOn,
    int? EngagementId,
    int CitationId);

/// <summary>A nation party to an agreement; the parties of one agreement are distinct nations.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="AgreementId">The agreement.</param>
/// <param name="NationId">The party.</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record AgreementPartyRow(int Id, int AgreementId, int NationId, int CitationId);

/// <summary>A military exercise; its participants are <see cref="ExerciseParticipantRow"/>s.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="Name">The exercise's name, unique.</param>
/// <param name="StartedOn">When it started, if stated.</param>
/// <param name="EndedOn">When it ended, if stated; not before it started.</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record MilitaryExerciseRow(int Id, string Name, PartialDate? StartedOn, PartialDate? EndedOn, int CitationId);

/// <summary>A nation (and optionally the service it fielded) taking part in an exercise, once per exercise.</summary>
/// <param name="Id">The key to store.</param>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="NationId">The participating nation.</param>
/// <param name="ServiceOrganisationId">The service it fielded, if stated (an organisation of that nation).</param>
/// <param name="CitationId">The supporting citation.</param>
public sealed record ExerciseParticipantRow(int Id, int ExerciseId, int NationId, int? ServiceOrganisationId, int CitationId);
