namespace DefenceTies.Model;

/// <summary>Where a <see cref="WorkingGroup"/> stands.</summary>
public enum WorkingGroupStatus
{
    /// <summary>Agreed but not yet meeting ("the upcoming joint working group").</summary>
    Planned,

    /// <summary>Meeting and working.</summary>
    Active,

    /// <summary>Wound up.</summary>
    Dissolved,
}
