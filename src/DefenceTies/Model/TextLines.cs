namespace DefenceTies.Model;

/// <summary>Whether a text field holds one line (names, titles, keys) or prose that may run over several.</summary>
internal enum TextLines
{
    /// <summary>One line: no control character at all, no line or paragraph separator.</summary>
    Single,

    /// <summary>Prose: tab, line feed and carriage return (and U+2028/U+2029) are allowed; other control characters are not.</summary>
    Multiple,

    /// <summary>
    /// A source document's text: as <see cref="Multiple"/>, but leading and trailing white space is
    /// part of the text as received (a report that opens with a space, a file's final line break)
    /// and is kept, never refused.
    /// </summary>
    Document,
}
