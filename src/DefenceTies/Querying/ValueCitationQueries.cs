using System.Linq.Expressions;
using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>
/// Queries on how single values of facts are supported (see <see cref="ValueCitation"/>): the
/// citation behind a value — its own if it has one, else its fact's — and the facts whose value is
/// stated, implied or reference data. All translate to SQL; a fact's value citations are read by an
/// index on (fact, property).
/// </summary>
public static class ValueCitationQueries
{
    /// <summary>
    /// The citation that supports one value of each fact (one row per fact, in no particular order):
    /// the value's own citation if it has one, else the fact's. "How is this agreement's date supported?" is
    /// <c>db.Agreements.Where(a =&gt; a.Id == id).CitationOfValue(a =&gt; a.ConcludedOn).SingleAsync()</c>.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="facts">The facts, such as <c>db.Agreements</c> filtered to one.</param>
    /// <param name="value">The value, as a property of the fact: <c>a =&gt; a.ConcludedOn</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a value property of <typeparamref name="T"/>.</exception>
    public static IQueryable<Citation> CitationOfValue<T, TValue>(this IQueryable<T> facts, Expression<Func<T, TValue>> value)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        var property = PropertyName(value);
        // Two branches joined by UNION ALL, each an index lookup per fact: the value's own citation
        // where it has one, the fact's where it has none. (A projection choosing between the two
        // makes EF Core number every value citation in a window function, reading the whole table.)
        return facts.SelectMany(f => f.ValueCitations.Where(v => v.Property == property && v.Rank == ClaimRank.Preferred).Select(v => v.Citation))
            .Concat(facts.Where(f => !f.ValueCitations.Any(v => v.Property == property && v.Rank == ClaimRank.Preferred)).Select(f => f.Citation));
    }

    /// <summary>
    /// Facts whose value is supported in the given way: by its own citation if it has one, else by
    /// the fact's, such as the agreements whose date is only implied.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <typeparam name="TValue">The type of the value.</typeparam>
    /// <param name="facts">The facts to filter.</param>
    /// <param name="value">The value, as a property of the fact: <c>a =&gt; a.ConcludedOn</c>.</param>
    /// <param name="support">Stated, implied or reference.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a value property of <typeparamref name="T"/>.</exception>
    public static IQueryable<T> WithValueSupportedAs<T, TValue>(this IQueryable<T> facts, Expression<Func<T, TValue>> value, SupportKind support)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        var property = PropertyName(value);
        return facts.Where(f => f.ValueCitations.Any(v => v.Property == property && v.Rank == ClaimRank.Preferred)
            ? f.ValueCitations.Any(v => v.Property == property && v.Rank == ClaimRank.Preferred && v.Citation.Support == support)
            : f.Citation.Support == support);
    }

    /// <summary>
    /// Facts in dispute: a source claims another value for one of their values, and that claim is
    /// not deprecated (see <see cref="CitedEntity.RankClaim"/>).
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts to filter, such as <c>db.Agreements</c>.</param>
    public static IQueryable<T> InDispute<T>(this IQueryable<T> facts)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Where(f => f.ValueCitations.Any(v => v.Rank == ClaimRank.Normal && v.ClaimedValue != null));
    }

    /// <summary>
    /// The claims for the facts' values beside the preferred ones: competing values (with
    /// <see cref="ValueCitation.ClaimedValue"/>) and the preferred value cited again, each with its
    /// rank, citation and, once ranked, when and why. With the fact's held value and
    /// <see cref="CitationOfValue"/>, a page shows every claim side by side.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>db.Agreements</c> filtered to one.</param>
    public static IQueryable<ValueCitation> Claims<T>(this IQueryable<T> facts)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.SelectMany(f => f.ValueCitations.Where(v => v.Rank != ClaimRank.Preferred));
    }

    private static string PropertyName<T, TValue>(Expression<Func<T, TValue>> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var body = value.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : value.Body;
        return body is MemberExpression { Member: var member } access && access.Expression == value.Parameters[0] && ValueProperties.Of(typeof(T)).Contains(member.Name)
            ? member.Name
            : throw new ArgumentException($"Expected a value property of {typeof(T).Name}, such as f => f.{ValueProperties.Of(typeof(T)).Order(StringComparer.Ordinal).FirstOrDefault()}; got {value}. Values: {string.Join(", ", ValueProperties.Of(typeof(T)).Order(StringComparer.Ordinal))}.", nameof(value));
    }
}
