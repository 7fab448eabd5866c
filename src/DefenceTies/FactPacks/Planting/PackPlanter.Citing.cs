using System.Text.Json;
using DefenceTies.Model;
using DefenceTies.Verification;

namespace DefenceTies.FactPacks.Planting;

/// <summary>The citation a fact gives, and the rule that its stated values occur in the passage.</summary>
internal sealed partial class PackPlanter
{
    /// <summary>The citation a fact or link gives in its <c>cite</c> property.</summary>
    private Citation Cite(JsonElement f, string path)
    {
        var cite = f.GetProperty("cite");
        var citePath = $"{path}.cite";
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

    /// <summary>Checks the rule "every stated value occurs in its passage" on a fact built from the pack.</summary>
    private T Checked<T>(T fact, Citation citation, string path)
        where T : CitedEntity
    {
        if (citation.Support == SupportKind.Stated)
        {
            foreach (var (field, value) in StatedText.Missing(fact, citation.Passage))
            {
                _problems.Add(new($"{path}.{Camel(field)}", StatedText.MissingProblem(value, citation.Passage)));
            }
        }

        return fact;
    }
}
