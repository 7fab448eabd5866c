using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>
/// Where an agreement stands, as far as the source says on its date of publication. An agreement with
/// events of its legal life takes its status from them (see <c>Agreement.AddEvent</c>), and a
/// status a source states otherwise stays as a claim.
/// </summary>
public enum AgreementStatus
{
    /// <summary>
    /// Put forward by one side, not yet agreed: a draft offered, a pact proposed. Use it when the
    /// source says only that it was proposed or offered. Example: "Manila has proposed a visiting
    /// forces agreement".
    /// </summary>
    Proposed,

    /// <summary>
    /// Being negotiated: talks on its text are under way, and nothing is agreed yet. Example: "the
    /// two sides are negotiating a reciprocal access agreement".
    /// </summary>
    UnderNegotiation,

    /// <summary>
    /// Agreed between the parties, with no signature reported: decided, settled in principle,
    /// initialled or announced. Use it when the source says the sides agreed or decided; once it
    /// reports a signature, use Signed. Example: "the two sides agreed to set up a joint working
    /// group".
    /// </summary>
    Agreed,

    /// <summary>
    /// Signed by the parties, with entry into force not reported. A signature concludes the text
    /// but does not by itself make it apply; date it with concludedOn. Use it when the source says
    /// signed or inked; use InForce only when the source says the agreement has taken effect.
    /// Example: "India and Vietnam signed an MoU on 3 March 2025".
    /// </summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'Signed' is the treaty-law term, not a numeric type.")]
    Signed,

    /// <summary>
    /// In force: the source says the agreement has taken effect (entered into force, came into
    /// effect, is being implemented); date it with enteredIntoForceOn when stated. Use it only on
    /// such words; a signature alone is Signed. Example: "the agreement, which entered into force
    /// in 2019".
    /// </summary>
    InForce,

    /// <summary>
    /// In force but suspended: a party has suspended its application, and the source says so.
    /// Example: "Ankara suspended the agreement in 2024".
    /// </summary>
    Suspended,

    /// <summary>
    /// No longer in force: expired, terminated, withdrawn from or replaced; date it with endedOn
    /// when stated. Use it when the source says the agreement ended, not when it merely stops
    /// mentioning it. Example: "the pact lapsed in 2020 and was not renewed".
    /// </summary>
    Ended,
}
