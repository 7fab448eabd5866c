namespace DefenceTies.Model;

/// <summary>
/// What kind of deal a defence deal is, as the source describes it: the forms SIPRI's arms transfers
/// register distinguishes (a transfer, licensed production) and the forms of industrial cooperation
/// that reports name beside them.
/// </summary>
public enum DealKind
{
    /// <summary>
    /// The supplier sells equipment it makes to the recipient: an order, a purchase, a contract to
    /// supply. Example: "the navy will buy twelve patrol vessels from the shipyard".
    /// </summary>
    Sale,

    /// <summary>
    /// The recipient builds the supplier's design under licence (SIPRI's licensed production), whether
    /// or not some units come ready-made. Example: "the remaining forty will be built under licence at
    /// the state aircraft works".
    /// </summary>
    LicensedProduction,

    /// <summary>
    /// Supplier and recipient produce the equipment together, each making part of it. Example: "the two
    /// companies will jointly produce the launchers".
    /// </summary>
    CoProduction,

    /// <summary>
    /// Supplier and recipient develop a new system together. Example: "the two countries will jointly
    /// develop a next-generation trainer".
    /// </summary>
    CoDevelopment,

    /// <summary>
    /// The supplier hands over designs, know-how or production technology rather than finished
    /// equipment. Example: "the contract includes transfer of the seeker technology".
    /// </summary>
    TechnologyTransfer,

    /// <summary>
    /// The recipient uses the equipment for a time, against payment, and returns it. Example: "the
    /// air force will lease two tanker aircraft for five years".
    /// </summary>
    Lease,

    /// <summary>
    /// The supplier gives the equipment free of charge: military aid, a donation, surplus stock handed
    /// over. Example: "the patrol boats were donated under the maritime security assistance programme".
    /// </summary>
    Grant,
}
