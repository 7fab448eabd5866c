namespace DefenceTies.Model;

/// <summary>The legal or political form of an <see cref="Agreement"/>.</summary>
public enum AgreementKind
{
    /// <summary>A memorandum of understanding (MoU).</summary>
    MemorandumOfUnderstanding,

    /// <summary>A decision, agreed between the parties, to establish a body or mechanism.</summary>
    DecisionToEstablish,

    /// <summary>A binding treaty.</summary>
    Treaty,

    /// <summary>A joint statement or declaration.</summary>
    JointDeclaration,

    /// <summary>An agreement of another form.</summary>
    Other,
}
