using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace DefenceTies.Querying;

/// <summary>
/// Another table of the same EF Core query as a queryable the caller passed in, without the
/// context: the query API's extension methods take an <see cref="IQueryable{T}"/>, not a context.
/// </summary>
internal static class QueryRoots
{
    /// <summary>
    /// Every row of <typeparamref name="TEntity"/>'s table, for a subquery of <paramref name="source"/>;
    /// <see langword="null"/> when <paramref name="source"/> is not an EF Core query.
    /// </summary>
    /// <remarks>
    /// Reaching the table through the source (<c>source.SelectMany(x => x.Parties)</c>) repeats the
    /// source, its joins and filters, inside every subquery: composed calls then nest their
    /// subqueries (<c>Involving(a).Involving(b)</c>), and the planner has more to plan.
    /// </remarks>
    internal static IQueryable<TEntity>? Table<TEntity>(IQueryable source)
        where TEntity : class
    {
        if (source.Provider is not IAsyncQueryProvider provider)
        {
            return null;
        }

        var finder = new RootFinder();
        finder.Visit(source.Expression);
        return finder.Root?.EntityType.Model.FindEntityType(typeof(TEntity)) is { } entityType
            ? provider.CreateQuery<TEntity>(new EntityQueryRootExpression(provider, entityType))
            : null;
    }

    private sealed class RootFinder : ExpressionVisitor
    {
        public EntityQueryRootExpression? Root { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is EntityQueryRootExpression root)
            {
                Root ??= root;
                return node;
            }

            return base.VisitExtension(node);
        }
    }
}
