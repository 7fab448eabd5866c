namespace DefenceTies.Model;

/// <summary>
/// What kind of document a source document is, which decides how its passages may support facts.
/// </summary>
public enum SourceOrigin
{
    /// <summary>
    /// A news report, press release or similar account of events: its passages support facts as
    /// Stated or Implied. Use it for every document that is not a reference data set, official
    /// releases included. Example: a news agency's report of a visit.
    /// </summary>
    NewsReport,

    /// <summary>
    /// A reference data set, such as a code list: its passages support facts only as Reference.
    /// Example: the ISO 3166-1 list the nations come from.
    /// </summary>
    ReferenceData,
}
