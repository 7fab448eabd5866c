using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace DefenceTies.Querying;

/// <summary>
/// A query of the query API that runs from an EF Core compiled query when it is enumerated as it
/// is, and is an ordinary EF Core query (same SQL) once anything composes on it.
/// </summary>
/// <remarks>
/// EF Core translates a query once and caches it, but every execution still walks the whole
/// expression tree to find its parameters and the cache entry; a compiled query skips that. The
/// public method keeps returning <see cref="IQueryable{T}"/>: composing (<c>Where</c>, <c>Take</c>,
/// <c>AsNoTracking</c>, <c>ToQueryString</c>) goes through <see cref="Provider"/> and
/// <see cref="Expression"/>, which are the ordinary query's, while <c>ToListAsync</c>,
/// <c>AsAsyncEnumerable</c> and <c>foreach</c> on the query itself reach the enumerators below.
/// </remarks>
internal sealed class PrecompiledQuery<T> : IOrderedQueryable<T>, IAsyncEnumerable<T>
{
    private readonly IQueryable<T> _query;
    private readonly Func<IEnumerable<T>> _run;
    private readonly Func<IAsyncEnumerable<T>> _runAsync;

    internal PrecompiledQuery(IQueryable<T> query, Func<IEnumerable<T>> run, Func<IAsyncEnumerable<T>> runAsync)
    {
        _query = query;
        _run = run;
        _runAsync = runAsync;
    }

    public Type ElementType => typeof(T);

    public Expression Expression => _query.Expression;

    public IQueryProvider Provider => _query.Provider;

    public IEnumerator<T> GetEnumerator() => _run().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _runAsync().GetAsyncEnumerator(cancellationToken);
}
