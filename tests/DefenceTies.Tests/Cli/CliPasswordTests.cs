using DefenceTies.Tests.Infrastructure;

namespace DefenceTies.Tests.Cli;

/// <summary>A PostgreSQL server that checks passwords: a wrong one is refused with exit code 3, and no password is ever printed.</summary>
[Trait(TestTier.Name, TestTier.Process)]
public class CliPasswordTests(PasswordPostgreSql server) : IClassFixture<PasswordPostgreSql>
{
    [Theory]
    [InlineData("migrate")]
    [InlineData("migrate", "--apply")]
    [InlineData("stats")]
    [InlineData("briefing", "IN", "TH")]
    public async Task A_wrong_password_exits_3_and_neither_password_is_printed(params string[] command)
    {
        RequireServer();
        var wrong = $"wrong-{Guid.NewGuid():N}";

        var result = await DefenceTiesTool.RunAsync([.. command, "--postgres", server.ConnectionString(wrong), "--verbose"]);

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Should().StartWith("defenceties: PostgreSQL refused the login").And.Contain("Password");
        foreach (var text in new[] { result.Output, result.Error })
        {
            text.Should().NotContain(wrong).And.NotContain(server.Password);
        }
    }

    [Fact]
    public async Task The_right_password_works_and_is_not_printed()
    {
        RequireServer();

        var migrated = await DefenceTiesTool.RunAsync("migrate", "--apply", "--postgres", server.ConnectionString(server.Password), "--verbose");
        var seeded = await DefenceTiesTool.RunAsync("seed", "--postgres", server.ConnectionString(server.Password));
        var briefing = await DefenceTiesTool.RunAsync("briefing", "IN", "TH", "--postgres", server.ConnectionString(server.Password));

        foreach (var result in new[] { migrated, seeded, briefing })
        {
            result.ExitCode.Should().Be(0, result.Error);
            (result.Output + result.Error).Should().NotContain(server.Password);
        }

        migrated.Output.Should().Contain($"on 127.0.0.1:{server.Port} as 'postgres'");
        briefing.Output.Should().Contain("Amitabh Prasad");
    }

    private void RequireServer()
    {
        if (server.Unavailable is not null)
        {
            PostgreSqlServer.SkipOrFail($"The wrong-password tests start a PostgreSQL cluster of their own: {server.Unavailable} Install the server binaries (apt-get install postgresql).");
        }
    }
}
