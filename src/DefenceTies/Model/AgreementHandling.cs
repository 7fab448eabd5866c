namespace DefenceTies.Model;

/// <summary>What an engagement did with an agreement it did not conclude.</summary>
public enum AgreementHandling
{
    /// <summary>
    /// The agreement was on the agenda: discussed, without the source saying more. Example: "the
    /// pact was also discussed".
    /// </summary>
    Discussed,

    /// <summary>
    /// The engagement took stock of the agreement's implementation. Example: "the ministers reviewed
    /// progress under the 2019 defence cooperation agreement".
    /// </summary>
    Reviewed,

    /// <summary>
    /// The engagement moved the agreement forward without concluding it: finalised its text, agreed
    /// to sign or extend it. A step of its legal life (signature, ratification) is an agreement
    /// event instead. Example: "the talks finalised the text of the logistics agreement".
    /// </summary>
    Advanced,
}
