namespace DefenceTies.FactPacks.Drafting;

/// <summary>
/// A value <see cref="FactPackDrafting"/> found in a report's text, for a person to review: its kind,
/// its normalised value, the words it was found in and where.
/// </summary>
/// <param name="Kind">What kind of value: <c>nation</c>, <c>date</c>, <c>person</c>, <c>title</c> or <c>quotation</c>.</param>
/// <param name="Value">The value, normalised: an alpha-2 code; a date as YYYY, YYYY-MM or YYYY-MM-DD; a name without its rank or title; a title; the words quoted.</param>
/// <param name="Passage">The words of the text it was found in, verbatim.</param>
/// <param name="Position">Where the passage starts in the text, in UTF-16 code units.</param>
/// <param name="Note">How it was read when the passage alone does not say (a name several nations share, a date without its year), or <see langword="null"/>.</param>
public sealed record DraftCandidate(string Kind, string Value, string Passage, int Position, string? Note);
