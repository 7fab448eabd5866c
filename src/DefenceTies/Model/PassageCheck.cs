namespace DefenceTies.Model;

/// <summary>
/// Whether a document holds a citation's passage, verbatim, where the citation says. One rule for
/// every place that asks: citing (<see cref="SourceDocument.CiteAt"/>), bulk import and the
/// fidelity check, and applications that show a passage in its document.
/// </summary>
public static class PassageCheck
{
    /// <summary>
    /// True when <paramref name="documentText"/> holds <paramref name="passage"/> starting at
    /// <paramref name="startIndex"/>, character for character (ordinal: no case or culture folding).
    /// An index outside the text, or a passage that would run past its end, is false, not an error.
    /// </summary>
    /// <param name="documentText">The document's full text (<see cref="SourceDocument.Text"/>).</param>
    /// <param name="passage">The cited passage (<see cref="Citation.Passage"/>).</param>
    /// <param name="startIndex">Where the passage is said to start (<see cref="Citation.StartIndex"/>).</param>
    public static bool IsVerbatimAt(string documentText, string passage, int startIndex)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        ArgumentNullException.ThrowIfNull(passage);
        return startIndex >= 0
            && startIndex <= documentText.Length - passage.Length
            && documentText.AsSpan(startIndex, passage.Length).SequenceEqual(passage);
    }
}
