namespace DefenceTies.Model;

/// <summary>The part a body plays in the signing of an agreement, as the source states it.</summary>
public enum SignatoryRole
{
    /// <summary>
    /// Signs the agreement, for itself or on behalf of its nation. Example: "the memorandum was
    /// signed by the two countries' defence research agencies".
    /// </summary>
    Signatory,

    /// <summary>
    /// Is present at the signing, or signs as a witness, without being bound. Example: "signed in
    /// the presence of the two defence ministries".
    /// </summary>
    Witness,

    /// <summary>
    /// Hands over or exchanges the signed documents at a ceremony, when the source says only that
    /// (not who signed). Example: "the agreement was exchanged between the two ministries' secretaries".
    /// </summary>
    Exchanger,
}
