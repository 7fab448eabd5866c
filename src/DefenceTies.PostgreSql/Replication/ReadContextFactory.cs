using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DefenceTies.PostgreSql.Replication;

/// <summary>Read contexts from their own options, pooled like the writer's unless the pool size is 0.</summary>
internal sealed class ReadContextFactory(DbContextOptions<DefenceTiesDbContext> options, int poolSize) : IDefenceTiesReadContextFactory
{
    private readonly PooledDbContextFactory<DefenceTiesDbContext>? _pool = poolSize > 0 ? new(options, poolSize) : null;

    public DefenceTiesDbContext CreateDbContext() => _pool?.CreateDbContext() ?? new DefenceTiesDbContext(options);

    public async Task<DefenceTiesDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        _pool is null ? new DefenceTiesDbContext(options) : await _pool.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
}
