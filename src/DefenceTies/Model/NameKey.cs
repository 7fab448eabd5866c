using System.Globalization;
using System.Text;

namespace DefenceTies.Model;

/// <summary>
/// The normalised form in which names, titles and aliases are compared and looked up (the
/// <c>name_key</c> column of <c>people</c>, <c>organisations</c>, <c>posts</c>, <c>agreements</c> and
/// <c>other_names</c>): Unicode NFKC, then invariant lower case, then every run of white space as one
/// space, trimmed. So "Ms.&#160;Rao", "MS. RAO" and "ms.  rao" share the key <c>ms. rao</c>, and a full-width
/// "ＪＷＧ" matches "JWG". Diacritics and punctuation are kept: "Lê" and "Le" are different keys, since
/// dropping marks would fold names that differ (a spelling without them is an alias of its own,
/// <see cref="OtherNameKind.Spelling"/>), and "Ms. Rao" is not "Ms Rao".
/// </summary>
/// <remarks>
/// Computed once, in .NET, because neither engine can: SQLite's <c>NOCASE</c> folds ASCII only, and
/// PostgreSQL's <c>lower()</c> and <c>normalize()</c> depend on the server's collation and encoding.
/// The library writes the key on every save and in the bulk path; it is never set by hand, and
/// <see cref="Verification.StoredDataCheck"/> reports a stored key that is not the key of its text.
/// </remarks>
public static class NameKey
{
    /// <summary>The key of a name, title or alias.</summary>
    /// <param name="text">The text as stored.</param>
    /// <returns>Its normalised form.</returns>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The name of the shadow property (column <c>name_key</c>) that stores the key.</summary>
    internal const string Property = "NameKey";

    /// <summary>The model property holding the text a keyed entity type's key is of (a post's and an agreement's title, else the name).</summary>
    internal static string KeyedProperty(Type type) =>
        type == typeof(Post) || type == typeof(Agreement) ? nameof(Post.Title) : nameof(Person.Name);

    /// <summary>The key of an optional text: <see langword="null"/> for none.</summary>
    internal static string? OfOptional(string? text) => text is null ? null : Of(text);
}
