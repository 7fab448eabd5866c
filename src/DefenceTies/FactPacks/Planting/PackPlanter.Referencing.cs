using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

/// <summary>
/// A reference to a known fact (<c>"corroborates": {"document", "fact"}</c>), resolved: the one
/// place that reads a <see cref="FactReference"/> back to its fact, over what the store loaded for
/// the pack (stored facts, and those of packs planned before it).
/// </summary>
internal sealed partial class PackPlanter
{
    /// <summary>
    /// The known fact of type <typeparamref name="T"/> the reference names; <see langword="null"/> when
    /// the store holds no stored facts (a pack checked on its own: the reference is checked at import).
    /// </summary>
    private T? Referenced<T>(JsonElement corroborates, string path, string what)
        where T : CitedEntity
    {
        var reference = new FactReference(corroborates.GetProperty("document").GetString()!, corroborates.GetProperty("fact").GetString()!);
        var at = $"{path}.corroborates";
        var kind = FactReference.KindOf(typeof(T));
        if (reference.Document == _document.Key)
        {
            throw Fail($"{at}.document", $"'{reference.Document}' is this pack's own document; expected the key of an earlier document (a fact of this report restating another of its facts says \"corroborates\": true).");
        }

        if (!_store.HoldsStoredFacts)
        {
            return null;
        }

        var document = _store.All<SourceDocument>().FirstOrDefault(d => d.Key == reference.Document)
            ?? throw Fail($"{at}.document", $"no document with the key '{reference.Document}' is stored; expected the key of the stored document that cites the {what} this report restates.");
        if (FactReference.TryParseGenerated(reference.Fact, out var named, out var id))
        {
            if (named != kind)
            {
                throw Fail($"{at}.fact", $"'{reference.Fact}' names a fact of type {named}, not {kind}; expected the reference of a stored {what}.");
            }

            var fact = _store.All<T>().FirstOrDefault(f => f.Id == id)
                ?? throw Fail($"{at}.fact", $"no {what} is stored with id {id}; expected the reference of a stored {what}.");
            return Cites(document, fact) ? fact
                : throw Fail($"{at}.document", $"document '{reference.Document}' does not cite {reference.Fact}; expected a document that cites it, such as {ReferenceOf(fact)}.");
        }

        var citation = _store.All<Citation>().FirstOrDefault(c => c.FactKey == reference.Fact && Of(c, document))
            ?? throw Fail($"{at}.fact", $"document '{reference.Document}' has no fact '{reference.Fact}'; expected the id of one of its facts (a version-1 pack's fact without an id is named by its path, such as $.facts[3]; a fact stored by the bulk path by its kind and id, such as {kind}/42).");
        return _store.All<T>().FirstOrDefault(f => IsFactOf(f, citation))
            ?? throw Fail($"{at}.fact", $"the fact '{reference.Fact}' of document '{reference.Document}' is not of type {kind}; expected the reference of a stored {what}.");
    }

    /// <summary>Whether <paramref name="document"/> cites <paramref name="fact"/>: its primary citation, or one corroborating it.</summary>
    private bool Cites(SourceDocument document, CitedEntity fact) =>
        Of(fact.Citation, document) || _store.All<Citation>().Any(c => Of(c, document) && IsFactOf(fact, c));

    /// <summary>Whether <paramref name="citation"/> gives <paramref name="fact"/> (its primary citation) or restates it (corroborates that).</summary>
    private static bool IsFactOf(CitedEntity fact, Citation citation)
    {
        if (citation.Corroborates is { } primary || citation.CorroboratesId is null)
        {
            primary = citation.Corroborates ?? citation;
            return ReferenceEquals(fact.Citation, primary) || (primary.Id > 0 && fact.CitationId == primary.Id);
        }

        return fact.CitationId == citation.CorroboratesId;
    }

    private static bool Of(Citation citation, SourceDocument document) =>
        ReferenceEquals(citation.SourceDocument, document) || (document.Id > 0 && citation.SourceDocumentId == document.Id);
}
