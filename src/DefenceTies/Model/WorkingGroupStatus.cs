namespace DefenceTies.Model;

/// <summary>
/// Where a working group stands.
/// </summary>
public enum WorkingGroupStatus
{
    /// <summary>
    /// Agreed or announced but not yet meeting. Use it for a group the source says will be set up
    /// or is upcoming. Example: "the upcoming joint working group".
    /// </summary>
    Planned,

    /// <summary>
    /// Set up and meeting or working. Use it when the source reports the group met or works; a
    /// group only agreed on is Planned. Example: "the joint working group held its second meeting".
    /// </summary>
    Active,

    /// <summary>
    /// Wound up: dissolved, disbanded, or its work completed. Use it when the source says so.
    /// Example: "the working group was disbanded in 2022".
    /// </summary>
    Dissolved,
}
