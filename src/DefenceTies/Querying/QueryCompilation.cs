using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace DefenceTies.Querying;

/// <summary>
/// Compiles a query the query API builds from a context and two nation codes, from the very code
/// that builds it, so the rules it applies are written once.
/// </summary>
internal static class QueryCompilation
{
    // ISO 3166-1 leaves AA and ZZ to users: no nation has them, and they pass the code checks.
    private const string FirstPlaceholder = "AA";
    private const string SecondPlaceholder = "ZZ";

    /// <summary>
    /// The lambda <c>(db, nation, otherNation) =&gt; build(db, nation, otherNation)</c> for
    /// <see cref="EF.CompileAsyncQuery{TContext, TParam1, TParam2, TResult}(Expression{Func{TContext, TParam1, TParam2, IQueryable{TResult}}})"/>:
    /// <paramref name="build"/> runs once with two placeholder codes, and every place where the
    /// built query reads one becomes a parameter of the lambda.
    /// </summary>
    internal static Expression<Func<DefenceTiesDbContext, string, string, IQueryable<T>>> Lambda<T>(
        DefenceTiesDbContext db, Func<DefenceTiesDbContext, string, string, IQueryable<T>> build)
    {
        var context = Expression.Parameter(typeof(DefenceTiesDbContext), "db");
        var replacer = new PlaceholderReplacer(Expression.Parameter(typeof(string), "nation"), Expression.Parameter(typeof(string), "otherNation"));
        var body = replacer.Visit(build(db, FirstPlaceholder, SecondPlaceholder).Expression);
        if (replacer.Replaced != (true, true))
        {
            throw new InvalidOperationException("The query does not read both nation codes it was built with, so it cannot be compiled.");
        }

        return Expression.Lambda<Func<DefenceTiesDbContext, string, string, IQueryable<T>>>(body, context, replacer.First, replacer.Second);
    }

    /// <summary>
    /// Replaces reads of captured variables holding a placeholder by a parameter, inlines captured
    /// subqueries, and detaches the query roots from the context the query was built on (a
    /// compiled query outlives it and runs on other contexts).
    /// </summary>
    private sealed class PlaceholderReplacer(ParameterExpression first, ParameterExpression second) : ExpressionVisitor
    {
        public ParameterExpression First => first;

        public ParameterExpression Second => second;

        public (bool First, bool Second) Replaced { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is not ConstantExpression)
            {
                return base.VisitMember(node);
            }

            // A captured variable: a placeholder becomes its parameter, and a captured subquery is
            // inlined (EF Core would otherwise run it on the context it was built with).
            switch (Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true)())
            {
                case FirstPlaceholder:
                    Replaced = (true, Replaced.Second);
                    return first;
                case SecondPlaceholder:
                    Replaced = (Replaced.First, true);
                    return second;
                case IQueryable subquery:
                    return Visit(subquery.Expression);
                default:
                    return base.VisitMember(node);
            }
        }

        protected override Expression VisitExtension(Expression node) =>
            node is QueryRootExpression root ? root.DetachQueryProvider() : base.VisitExtension(node);
    }
}
