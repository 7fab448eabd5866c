using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefenceTies.UnitTests.Registration;

/// <summary>
/// A PostgreSQL connection string reaches Npgsql exactly as the application wrote it; the session
/// settings (automatic preparation, no Parallel Append) are added only when asked for, and then
/// only where the connection string does not say them itself.
/// </summary>
public class SessionSettingsTests
{
    private const string Written = "Host=db.example;Database=ties;Username=reader;Password=secret";

    [Theory]
    [InlineData(Written)]
    [InlineData("host=db.example;options=-c jit=off")]
    public void Without_the_option_the_connection_string_is_used_exactly_as_written(string connectionString)
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(connectionString).Options;

        RelationalOptionsExtension.Extract(options).ConnectionString.Should().Be(connectionString);
    }

    [Fact]
    public void The_registration_without_the_option_uses_the_connection_string_exactly_as_written()
    {
        using var provider = new ServiceCollection().AddDefenceTiesPostgreSql(Written).BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();

        RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).ConnectionString.Should().Be(Written);
    }

    [Fact]
    public void With_the_option_a_connection_string_without_either_gets_both()
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesPostgreSql(Written, npgsql => npgsql.UseDefenceTiesSessionSettings()).Options;

        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options).ConnectionString);

        used.MaxAutoPrepare.Should().Be(64);
        used.Options.Should().Be("-c enable_parallel_append=off");
        used.Host.Should().Be("db.example");
        used.Database.Should().Be("ties");
        used.Username.Should().Be("reader");
        used.Password.Should().Be("secret");
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0;Options=-c enable_parallel_append=on", 0)]
    [InlineData("Host=db.example;max auto prepare=10;options='-c enable_parallel_append=on -c jit=off'", 10)]
    [InlineData("Host=db.example;MaxAutoPrepare=5;OPTIONS=--enable-parallel-append=on", 5)]
    public void With_the_option_a_connection_string_that_says_both_is_used_as_written(string connectionString, int expected)
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesPostgreSql(connectionString, npgsql => npgsql.UseDefenceTiesSessionSettings()).Options;

        var used = RelationalOptionsExtension.Extract(options).ConnectionString;

        used.Should().Be(connectionString);
        new NpgsqlConnectionStringBuilder(used).MaxAutoPrepare.Should().Be(expected);
    }

    [Fact]
    public void With_the_option_options_of_the_applications_own_are_kept_and_the_setting_added_after_them()
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesPostgreSql("Host=db.example;Max Auto Prepare=0;Options=-c work_mem=64MB", npgsql => npgsql.UseDefenceTiesSessionSettings()).Options;

        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options).ConnectionString);

        used.Options.Should().Be("-c work_mem=64MB -c enable_parallel_append=off");
        used.MaxAutoPrepare.Should().Be(0);
    }

    [Fact]
    public void The_option_applies_to_the_writer_and_the_read_contexts_of_a_standby_registration()
    {
        using var provider = new ServiceCollection()
            .AddDefenceTiesPostgreSqlWithStandbys("Host=pg1,pg2;Database=ties", npgsqlOptionsAction: npgsql => npgsql.UseDefenceTiesSessionSettings())
            .BuildServiceProvider();
        using var scope = provider.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<DefenceTiesDbContext>();
        using var reader = provider.GetRequiredService<DefenceTies.PostgreSql.IDefenceTiesReadContextFactory>().CreateDbContext();

        foreach (var db in new[] { writer, reader })
        {
            var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).ConnectionString);
            used.MaxAutoPrepare.Should().Be(64);
            used.Options.Should().Be("-c enable_parallel_append=off");
        }
    }

    [Fact]
    public void The_option_refuses_a_data_source_and_points_to_its_builder()
    {
        using var dataSource = NpgsqlDataSource.Create(Written);

        var configure = () => new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(dataSource, npgsql => npgsql.UseDefenceTiesSessionSettings());

        configure.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("NpgsqlDataSourceBuilder");
    }

    [Fact]
    public void A_data_source_builder_gets_the_settings_where_its_connection_string_lacks_them()
    {
        var builder = new NpgsqlDataSourceBuilder("Host=db.example;Database=ties;Options=-c enable_parallel_append=on").UseDefenceTiesSessionSettings();
        using var dataSource = builder.Build();

        var used = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);

        used.MaxAutoPrepare.Should().Be(64);
        used.Options.Should().Be("-c enable_parallel_append=on");
    }
}
