using System.Linq.Expressions;
using DefenceTies.Model;

namespace DefenceTies.Exports;

/// <summary>
/// A fact's primary citation as an export reads it: the verbatim passage and where it sits, how it
/// supports the fact, the note of an implied reading, the statement it is attributed to, the
/// citations of other documents that corroborate it, and the citations of its values cited on their
/// own (<see cref="Values"/>).
/// </summary>
internal sealed class Evidence : ExportedCitation
{
    public required string? ClaimedIn { get; init; }

    public required string? ClaimedByPerson { get; init; }

    public required string? ClaimedByOrganisation { get; init; }

    /// <summary>The source as the report describes it, when it does not name it ("officials familiar with the talks").</summary>
    public required string? ClaimedByAnonymous { get; init; }

    public required List<Corroboration> Corroborations { get; init; }

    /// <summary>The fact's values with a citation of their own, by property name; each overrides this citation for its value.</summary>
    public required List<ValueEvidence> Values { get; init; }

    /// <summary>The latest year among the documents that cite the fact (primary and corroborating).</summary>
    public int NewestDocumentYear => Corroborations.Aggregate(DocumentPublishedOn.Year, (year, c) => Math.Max(year, c.DocumentPublishedOn.Year));

    /// <summary>Who made the claim the passage relays, when the citation is attributed to a statement.</summary>
    public string? ClaimText => ClaimedIn is null ? null : $"claimed by {ClaimedByPerson ?? ClaimedByOrganisation ?? (ClaimedByAnonymous is null ? "an unnamed speaker" : $"an anonymous source, {ClaimedByAnonymous}")}: {ClaimedIn}";

    /// <summary>Marks where a query takes a fact's evidence; <see cref="Inline{T, TResult}"/> replaces it with <see cref="Projection"/>.</summary>
    public static Evidence Of(CitedEntity fact) =>
        throw new InvalidOperationException("Evidence.Of is a marker for export queries, replaced before the query runs.");

    // One projection written once and inlined into every export query, so each fact's provenance is
    // read in the same SQL statement as the fact (no second query per row). Citations name their
    // document by id, resolved from ExportScope's documents: with the documents joined, SQLite
    // scanned every document for each fact, or materialised every citation for each query. The
    // fact's value citations come in the same statement, one more short list per fact. Each kind of
    // citation is projected field by field: EF Core translates a member initialiser, not a call to
    // a shared helper, so the three look alike on purpose.
    private static readonly Expression<Func<CitedEntity, Evidence>> Projection = f => new Evidence
    {
        CitationId = f.Citation.Id,
        Passage = f.Citation.Passage,
        StartIndex = f.Citation.StartIndex,
        Length = f.Citation.Length,
        Support = f.Citation.Support,
        Note = f.Citation.Note,
        DocumentId = f.Citation.SourceDocumentId,
        ClaimedIn = f.Citation.Claim == null ? null : f.Citation.Claim.Statement.Content,
        ClaimedByPerson = f.Citation.Claim == null || f.Citation.Claim.Statement.SpeakerPerson == null ? null : f.Citation.Claim.Statement.SpeakerPerson.Name,
        ClaimedByOrganisation = f.Citation.Claim == null || f.Citation.Claim.Statement.SpeakerOrganisation == null ? null : f.Citation.Claim.Statement.SpeakerOrganisation.Name,
        ClaimedByAnonymous = f.Citation.Claim == null ? null : f.Citation.Claim.Statement.AnonymousSource,
        Corroborations = f.Citation.Corroborations.OrderBy(k => k.Id).Select(k => new Corroboration
        {
            CitationId = k.Id,
            Passage = k.Passage,
            StartIndex = k.StartIndex,
            Length = k.Length,
            Support = k.Support,
            Note = k.Note,
            DocumentId = k.SourceDocumentId,
        }).ToList(),
        Values = f.ValueCitations.Where(v => v.Rank == ClaimRank.Preferred).OrderBy(v => v.Property).Select(v => new ValueEvidence
        {
            Property = v.Property,
            CitationId = v.Citation.Id,
            Passage = v.Citation.Passage,
            StartIndex = v.Citation.StartIndex,
            Length = v.Citation.Length,
            Support = v.Citation.Support,
            Note = v.Citation.Note,
            DocumentId = v.Citation.SourceDocumentId,
        }).ToList(),
    };

    /// <summary>A selector with each <see cref="Of"/> call replaced by the projection of its citation.</summary>
    public static Expression<Func<T, TResult>> Inline<T, TResult>(Expression<Func<T, TResult>> selector) =>
        (Expression<Func<T, TResult>>)new Inliner().Visit(selector);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(Evidence) && node.Method.Name == nameof(Of))
            {
                var fact = Visit(node.Arguments[0]);
                return new Replace(Projection.Parameters[0], fact).Visit(Projection.Body);
            }

            return base.VisitMethodCall(node);
        }
    }

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : base.VisitParameter(node);
    }
}
