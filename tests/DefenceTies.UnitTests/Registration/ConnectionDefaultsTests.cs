using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace DefenceTies.UnitTests.Registration;

/// <summary>PostgreSQL connection strings given to the provider package get automatic preparation and no Parallel Append, unless they say otherwise.</summary>
public class ConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_without_a_word_on_preparation_gets_64_prepared_statements()
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>()
            .UseDefenceTiesPostgreSql("Host=db.example;Database=ties;Username=reader;Password=secret").Options;

        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options).ConnectionString);

        used.MaxAutoPrepare.Should().Be(64);
        used.Options.Should().Be("-c enable_parallel_append=off");
        used.Host.Should().Be("db.example");
        used.Database.Should().Be("ties");
        used.Username.Should().Be("reader");
        used.Password.Should().Be("secret");
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0;Options=-c work_mem=64MB", 0)]
    [InlineData("Host=db.example;max auto prepare=10;options=-c jit=off", 10)]
    [InlineData("Host=db.example;MaxAutoPrepare=5;OPTIONS='-c search_path=ties'", 5)]
    public void A_connection_string_that_gives_both_settings_is_used_as_written(string connectionString, int expected)
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql(connectionString).Options;

        var used = RelationalOptionsExtension.Extract(options).ConnectionString;

        used.Should().Be(connectionString);
        new NpgsqlConnectionStringBuilder(used).MaxAutoPrepare.Should().Be(expected);
    }

    [Fact]
    public void Each_setting_is_added_only_where_missing()
    {
        var options = new DbContextOptionsBuilder<DefenceTiesDbContext>().UseDefenceTiesPostgreSql("Host=db.example;Options=-c work_mem=64MB").Options;

        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options).ConnectionString);

        used.Options.Should().Be("-c work_mem=64MB");
        used.MaxAutoPrepare.Should().Be(64);
    }
}
