namespace DefenceTies.Model;

/// <summary>What another name of a person, post, organisation or agreement is, beside the name it is stored under.</summary>
public enum OtherNameKind
{
    /// <summary>
    /// A shortened form of the name, as a report uses it after naming the fact in full: a surname
    /// with an honorific, a title without its qualifiers. Example: "Ms. Rao" for Meera Rao; "the
    /// Minister" is not a name and no alias.
    /// </summary>
    ShortName,

    /// <summary>
    /// An acronym or initialism the source gives for the name. Example: "JMSA" for the "Joint
    /// Maritime Security Arrangement"; "MoD" for a Ministry of Defence.
    /// </summary>
    Acronym,

    /// <summary>
    /// The name or title in the nation's own language, as the source writes it (in its script or
    /// romanised); give the language as a BCP 47 tag where the source says which. Example: "Raksha
    /// Mantri" (hi) for India's Defence Minister.
    /// </summary>
    NativeLanguage,

    /// <summary>
    /// A rendering of the name in another language than the nation's own, when the stored name is
    /// the native one. Example: "Ministry of National Defence" for "Bộ Quốc phòng" stored as the name.
    /// </summary>
    Translation,

    /// <summary>
    /// Another spelling or romanisation of the same name, with or without diacritics. Example:
    /// "Tharaphong Malakham" for Tharapong Malakam; "Le Van Minh" for Lê Văn Minh.
    /// </summary>
    Spelling,

    /// <summary>
    /// A name the fact had before, that the source says it no longer bears. Example: "the Ministry
    /// of Defence Production" for a ministry since renamed.
    /// </summary>
    FormerName,
}
