using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DefenceTies.Model;

/// <summary>
/// The stable reference of a stored fact, by which a later source names the fact it restates (a
/// fact pack's <c>"corroborates": {"document": …, "fact": …}</c>): the key of a document that cites
/// the fact, and the fact's name in that document. The name is the <see cref="Citation.FactKey"/>
/// of the fact's citation there (a pack fact's <c>id</c>, or a version-1 fact's JSON path such as
/// <c>$.facts[3]</c>); a fact whose citation has no key (stored by the bulk path or the model's API)
/// is named <c>kind/id</c>, generated from its kind and row id (such as <c>agreement/42</c>), which
/// holds with any document that cites it. Neither changes: a stored document's pack never changes,
/// and row ids are never reused.
/// </summary>
public sealed partial class FactReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="document">The key of a document that cites the fact.</param>
    /// <param name="fact">The fact's key in that document, or its generated <c>kind/id</c>.</param>
    public FactReference(string document, string fact)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(fact);
        Document = document;
        Fact = fact;
    }

    /// <summary>The key of a document that cites the fact.</summary>
    public string Document { get; }

    /// <summary>The fact's key in <see cref="Document"/> (<see cref="Citation.FactKey"/>), or its generated <c>kind/id</c>.</summary>
    public string Fact { get; }

    /// <summary>
    /// The reference of a fact, the one place it is computed: the document of its primary citation
    /// and that citation's <see cref="Citation.FactKey"/>, or <c>kind/id</c> when it has none.
    /// </summary>
    /// <param name="fact">The fact, with its <see cref="CitedEntity.Citation"/> loaded.</param>
    /// <param name="documentKey">The key of the document of the fact's primary citation.</param>
    /// <exception cref="InvalidOperationException">The fact's citation has no key and the fact is not stored yet (no row id to generate one from).</exception>
    public static FactReference Of(CitedEntity fact, string documentKey)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Citation?.FactKey is { } key)
        {
            return new FactReference(documentKey, key);
        }

        return fact.Id > 0
            ? new FactReference(documentKey, Generated(fact.GetType(), fact.Id))
            : throw new InvalidOperationException($"This {fact.GetType().Name} is not stored and its citation names no fact key: it has no reference yet.");
    }

    /// <summary>The generated name of a fact stored without a key: its kind and row id, such as <c>agreement/42</c>.</summary>
    /// <param name="factType">The kind of fact, such as <c>typeof(Agreement)</c>.</param>
    /// <param name="id">Its row id.</param>
    public static string Generated(Type factType, int id)
    {
        ArgumentNullException.ThrowIfNull(factType);
        return string.Create(CultureInfo.InvariantCulture, $"{KindOf(factType)}/{id}");
    }

    /// <summary>
    /// The word for a kind of fact in a generated name: the fact-pack type (<c>engagement</c>,
    /// <c>exercise</c>, <c>workingGroup</c>…), or for a kind no pack writes, the class name in camel case.
    /// </summary>
    /// <param name="factType">The kind of fact.</param>
    public static string KindOf(Type factType)
    {
        ArgumentNullException.ThrowIfNull(factType);
        return factType == typeof(MilitaryExercise) ? "exercise" : char.ToLowerInvariant(factType.Name[0]) + factType.Name[1..];
    }

    /// <summary>Reads a generated name (<c>kind/id</c>); <see langword="false"/> for a fact key.</summary>
    internal static bool TryParseGenerated(string fact, out string kind, out int id)
    {
        var match = GeneratedName().Match(fact);
        kind = match.Success ? match.Groups[1].Value : "";
        id = match.Success && int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return match.Success && id > 0;
    }

    /// <summary>The reference as a fact pack writes it: <c>{"document": "…", "fact": "…"}</c>.</summary>
    public override string ToString() => $"{{\"document\": {JsonSerializer.Serialize(Document)}, \"fact\": {JsonSerializer.Serialize(Fact)}}}";

    // A fact key never has a slash (a pack id has none, a JSON path has none), so this form is free.
    [GeneratedRegex("^([a-z][A-Za-z]*)/([1-9][0-9]{0,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedName();
}
