namespace DefenceTies.Reference;

/// <summary>
/// One place where a text names a nation, as <see cref="NationNames.Find"/> reads it.
/// </summary>
/// <param name="Alpha2Code">The ISO 3166-1 alpha-2 code of the nation named (VN).</param>
/// <param name="Index">Where the name starts in the text, in UTF-16 code units.</param>
/// <param name="Length">The name's length in the text, in UTF-16 code units (line breaks inside a multi-word name included).</param>
/// <param name="NamedBy">Which of the nation's names the text uses.</param>
/// <param name="IsAmbiguous">
/// Whether the same words name other nations too ("Congolese": both Congos; "Indian": India and the
/// British Indian Ocean Territory). The text then has one mention for each nation it may name, all
/// at the same place, and none of them is the answer on its own: a checker may accept the words
/// for any of those nations, but cannot tell from them alone which one is meant.
/// </param>
internal sealed record NationMention(string Alpha2Code, int Index, int Length, NationNaming NamedBy, bool IsAmbiguous);
