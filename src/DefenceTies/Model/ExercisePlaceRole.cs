namespace DefenceTies.Model;

/// <summary>What a place is to an exercise, as the source states it.</summary>
public enum ExercisePlaceRole
{
    /// <summary>The area the exercise is held in: a sea, a province, a region. Example: "the drills in the Sulu Sea".</summary>
    Area,

    /// <summary>A base or site the exercise is held at or staged from. Example: "from Clark Air Base".</summary>
    Base,
}
