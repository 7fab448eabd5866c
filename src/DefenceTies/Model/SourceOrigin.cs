namespace DefenceTies.Model;

/// <summary>What kind of document a <see cref="SourceDocument"/> is, which decides how its passages may support facts.</summary>
public enum SourceOrigin
{
    /// <summary>A news report or similar account: its passages support facts as <see cref="SupportKind.Stated"/> or <see cref="SupportKind.Implied"/>.</summary>
    NewsReport,

    /// <summary>A reference data set (such as a code list): its passages support facts only as <see cref="SupportKind.Reference"/>.</summary>
    ReferenceData,
}
