using System.Linq.Expressions;
using DefenceTies.Model;

namespace DefenceTies.Exports;

/// <summary>
/// A fact's primary citation as an export reads it: the verbatim passage and where it sits, how it
/// supports the fact, the note of an implied reading, the statement it is attributed to, and the
/// citations of other documents that corroborate it.
/// </summary>
internal sealed class Evidence : ExportedCitation
{
    public required string? ClaimedIn { get; init; }

    public required string? ClaimedByPerson { get; init; }

    public required string? ClaimedByOrganisation { get; init; }

    public required List<Corroboration> Corroborations { get; init; }

    /// <summary>The latest year among the documents that cite the fact (primary and corroborating).</summary>
    public int NewestDocumentYear => Corroborations.Aggregate(DocumentPublishedOn.Year, (year, c) => Math.Max(year, c.DocumentPublishedOn.Year));

    /// <summary>"Stated", "Implied: why" or "Reference": the support with its note, for formats with one text slot.</summary>
    public string SupportText => Note is null ? Support.ToString() : $"{Support}: {Note}";

    /// <summary>Who made the claim the passage relays, when the citation is attributed to a statement.</summary>
    public string? ClaimText => ClaimedIn is null ? null : $"claimed by {ClaimedByPerson ?? ClaimedByOrganisation ?? "an unnamed speaker"}: {ClaimedIn}";

    /// <summary>Marks where a query takes a citation's evidence; <see cref="Inline{T, TResult}"/> replaces it with <see cref="Projection"/>.</summary>
    public static Evidence Of(Citation citation) =>
        throw new InvalidOperationException("Evidence.Of is a marker for export queries, replaced before the query runs.");

    // One projection written once and inlined into every export query, so each fact's provenance is
    // read in the same SQL statement as the fact (no second query per row). Citations name their
    // document by id, resolved from ExportScope's documents: with the documents joined, SQLite
    // scanned every document for each fact, or materialised every citation for each query.
    private static readonly Expression<Func<Citation, Evidence>> Projection = c => new Evidence
    {
        CitationId = c.Id,
        Passage = c.Passage,
        StartIndex = c.StartIndex,
        Length = c.Length,
        Support = c.Support,
        Note = c.Note,
        DocumentId = c.SourceDocumentId,
        ClaimedIn = c.Claim == null ? null : c.Claim.Statement.Content,
        ClaimedByPerson = c.Claim == null || c.Claim.Statement.SpeakerPerson == null ? null : c.Claim.Statement.SpeakerPerson.Name,
        ClaimedByOrganisation = c.Claim == null || c.Claim.Statement.SpeakerOrganisation == null ? null : c.Claim.Statement.SpeakerOrganisation.Name,
        Corroborations = c.Corroborations.OrderBy(k => k.Id).Select(k => new Corroboration
        {
            CitationId = k.Id,
            Passage = k.Passage,
            StartIndex = k.StartIndex,
            Length = k.Length,
            Support = k.Support,
            Note = k.Note,
            DocumentId = k.SourceDocumentId,
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
                var citation = Visit(node.Arguments[0]);
                return new Replace(Projection.Parameters[0], citation).Visit(Projection.Body);
            }

            return base.VisitMethodCall(node);
        }
    }

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : base.VisitParameter(node);
    }
}
