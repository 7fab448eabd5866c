using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceTies.UnitTests.Registration;

/// <summary>What registration and context construction check before any database is touched.</summary>
public class ContextConfigurationTests
{
    [Fact]
    public void A_negative_pool_size_is_refused()
    {
        var services = new ServiceCollection();
        services.Invoking(s => s.AddDefenceTiesSqlite("Data Source=:memory:", o => o.PoolSize = -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PoolSize");
    }

    [Fact]
    public void A_context_on_bare_UseSqlite_fails_at_once_saying_what_to_call()
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseSqlite("Data Source=:memory:").Options;

        var create = () => new DefenceTiesDbContext(options);

        create.Should().Throw<InvalidOperationException>().WithMessage("*UseDefenceTiesSqlite*UseDefenceTiesPostgreSql*");
    }

    [Fact]
    public void A_context_on_bare_UseNpgsql_fails_at_once_saying_what_to_call()
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseNpgsql("Host=localhost").Options;

        var create = () => new DefenceTiesDbContext(options);

        create.Should().Throw<InvalidOperationException>().WithMessage("*UseDefenceTiesSqlite*UseDefenceTiesPostgreSql*");
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var services = new ServiceCollection();

        services.Invoking(s => s.AddDefenceTiesSqlite(" ")).Should().Throw<ArgumentException>();
        services.Invoking(s => s.AddDefenceTiesPostgreSql("")).Should().Throw<ArgumentException>();
        services.Invoking(s => s.AddDefenceTiesWithProvider(null!)).Should().Throw<ArgumentNullException>();
    }
}
