using System.Text.Json;
using DefenceTies.Model;
using DefenceTies.Verification;

namespace DefenceTies.FactPacks.Planting;

/// <summary>
/// The citations a fact gives (its <c>cite</c>, and a <c>valueCites</c> entry per value supported
/// otherwise), and the rule that every stated value is stated by its own passage.
/// </summary>
internal sealed partial class PackPlanter
{
    /// <summary>The citation a fact or link gives in its <c>cite</c> property.</summary>
    private Citation Cite(JsonElement f, string path) => CiteFrom(f.GetProperty("cite"), $"{path}.cite");

    /// <summary>A citation written as the format's <c>cite</c> object at <paramref name="citePath"/>.</summary>
    private Citation CiteFrom(JsonElement cite, string citePath)
    {
        var passage = cite.GetProperty("passage").GetString()!;
        var occurrence = cite.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1;
        var support = Enum<SupportKind>(cite, "support");
        if (support != SupportKind.Implied && cite.TryGetProperty("note", out _))
        {
            throw Fail($"{citePath}.note", $"a note goes with Implied support only (this citation is {support}); expected no note, or \"support\": \"Implied\" if the passage only implies the fact.");
        }

        Citation citation;
        try
        {
            citation = support == SupportKind.Implied
                ? _document.Infer(passage, cite.GetProperty("note").GetString()!, occurrence)
                : _document.Cite(passage, occurrence);
        }
        catch (DomainRuleException ex)
        {
            throw Fail($"{citePath}.{(ex.Field == "Occurrence" ? "occurrence" : Camel(ex.Field))}", ex.Message);
        }

        if (citation.Support != support)
        {
            throw Fail($"{citePath}.support", _document.Origin == SourceOrigin.ReferenceData
                ? $"a reference data set supports facts as Reference, not {support}; expected \"Reference\"."
                : $"a news report supports facts as Stated or Implied, not {support}; expected \"Stated\", or \"Implied\" with a note (Reference is for reference data sets).");
        }

        if (cite.TryGetProperty("claimedIn", out _))
        {
            citation.ClaimedIn(Reference<Statement>(cite, "claimedIn", citePath, "statement"));
        }

        return citation;
    }

    /// <summary>
    /// Gives the fact being planted the citations of its <c>valueCites</c>, then checks that every
    /// value whose citation is stated occurs in that citation's passage (see <see cref="StatedValues"/>).
    /// </summary>
    private void CiteValuesAndCheck(CitedEntity fact)
    {
        var path = _plantingPath!;
        if (_plantingFact.TryGetProperty("valueCites", out var valueCites))
        {
            foreach (var entry in valueCites.EnumerateObject().Where(e => !PackValueNames.OfAnotherFact(fact, e.Name)))
            {
                var citation = CiteFrom(entry.Value, $"{path}.valueCites.{entry.Name}");
                try
                {
                    fact.CiteValue(PackValueNames.ModelProperty(fact, entry.Name), citation);
                }
                catch (DomainRuleException ex)
                {
                    throw Fail($"{path}.valueCites.{entry.Name}", ex.Message);
                }
            }
        }

        Check(fact, fact.CitationOf, path);
    }

    /// <summary>Records every stated value of <paramref name="fact"/> that its citation's passage does not state.</summary>
    private void Check(object fact, Func<string, Citation> citationOf, string path)
    {
        foreach (var (property, problem) in StatedValues.Missing(fact, citationOf))
        {
            _problems.Add(new($"{path}.{PackValueNames.JsonProperty(fact, property)}", problem));
        }
    }
}
