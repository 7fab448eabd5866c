namespace DefenceTies.Model;

/// <summary>
/// What kind of equipment a defence deal is about: the categories of major conventional weapons the
/// SIPRI Arms Transfers Database uses (its "Coverage" page), plus <see cref="Other"/> for what falls
/// outside them. The source's own designation ("a coastal missile battery") decides the category; a
/// category is a classification of what the passage says, never a value read from it.
/// </summary>
public enum EquipmentCategory
{
    /// <summary>
    /// Fixed-wing aircraft and helicopters, crewed or uncrewed (reconnaissance and combat drones
    /// included). Example: "36 multirole fighter aircraft".
    /// </summary>
    Aircraft,

    /// <summary>
    /// Land-based surface-to-air missile systems and large-calibre anti-aircraft guns. Example: "a
    /// medium-range air defence system".
    /// </summary>
    AirDefenceSystems,

    /// <summary>
    /// Rocket launchers and mortars for use against submarines. Example: "anti-submarine rocket
    /// launchers for the corvettes".
    /// </summary>
    AntiSubmarineWarfareWeapons,

    /// <summary>
    /// Vehicles with integral armour: tanks, armoured personnel carriers, infantry fighting vehicles,
    /// armoured cars. Example: "forty wheeled armoured personnel carriers".
    /// </summary>
    ArmouredVehicles,

    /// <summary>
    /// Guns, howitzers, multiple rocket launchers and mortars of large calibre, towed, self-propelled,
    /// fixed or naval. Example: "eighteen self-propelled howitzers".
    /// </summary>
    Artillery,

    /// <summary>
    /// Engines for military aircraft, combat ships and armoured vehicles. Example: "engines for the
    /// light combat aircraft".
    /// </summary>
    Engines,

    /// <summary>
    /// Guided missiles, guided bombs and torpedoes, and their launchers when sold as a system.
    /// Example: "a shore-based anti-ship missile system".
    /// </summary>
    Missiles,

    /// <summary>
    /// Naval guns and other weapons mounted on ships, outside artillery and missiles. Example: "close-in
    /// weapon systems for the frigates".
    /// </summary>
    NavalWeapons,

    /// <summary>
    /// Reconnaissance and communications satellites for military use. Example: "a military
    /// communications satellite".
    /// </summary>
    Satellites,

    /// <summary>
    /// Radars, sonars and other sensors, on their own or fitted to a platform. Example: "air
    /// surveillance radars".
    /// </summary>
    Sensors,

    /// <summary>
    /// Warships, submarines and larger auxiliary and patrol vessels. Example: "two offshore patrol
    /// vessels".
    /// </summary>
    Ships,

    /// <summary>
    /// Anything else the source names: small arms, ammunition, turrets, spare parts, training,
    /// systems it does not describe. Example: "rifles and ammunition".
    /// </summary>
    Other,
}
