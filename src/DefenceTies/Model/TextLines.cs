namespace DefenceTies.Model;

/// <summary>Whether a text field holds one line (names, titles, keys) or prose that may run over several.</summary>
internal enum TextLines
{
    /// <summary>One line: no control character at all, no line or paragraph separator.</summary>
    Single,

    /// <summary>Prose: tab, line feed and carriage return (and U+2028/U+2029) are allowed; other control characters are not.</summary>
    Multiple,
}
