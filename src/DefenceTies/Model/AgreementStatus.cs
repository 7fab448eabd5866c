using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>Where an <see cref="Agreement"/> stands, as far as the source says.</summary>
public enum AgreementStatus
{
    /// <summary>Agreed between the parties; no signature reported.</summary>
    Agreed,

    /// <summary>Signed; entry into force not reported.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'Signed' is the treaty-law term, not a numeric type.")]
    Signed,

    /// <summary>In force.</summary>
    InForce,

    /// <summary>Ended by expiry or termination.</summary>
    Ended,
}
