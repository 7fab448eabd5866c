using System.Diagnostics;
using DefenceTies.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DefenceTies.Tests.Cli;

/// <summary>Ctrl+C (SIGINT) while the tool writes: it exits 130 and leaves no seed half applied.</summary>
[Trait(TestTier.Name, TestTier.Process)]
public class CliInterruptTests
{
    [Fact]
    public async Task Ctrl_c_during_seed_exits_130_and_leaves_nothing_half_done()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends SIGINT with kill(1)");
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseKind.SqliteFile);
        var file = DefenceTiesTool.Target(database)[1];

        using var seeding = DefenceTiesTool.Start(["seed", "--database", file]);
        var output = seeding.StandardOutput.ReadToEndAsync();
        var error = seeding.StandardError.ReadToEndAsync();
        // Interrupt once the first seed has committed: the second is then being written, or about to be.
        await WaitForAppliedSeedsAsync(file, 1, seeding);
        using (var kill = Process.Start("kill", ["-INT", seeding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await seeding.WaitForExitAsync(deadline.Token);
        await output;

        // The report seed may have committed before the signal arrived; then the tool had finished.
        seeding.ExitCode.Should().BeOneOf([130, 0], await error);
        if (seeding.ExitCode == 130)
        {
            (await error).Should().StartWith("Interrupted");
        }

        // What the interrupted run left is checked in process: only the interrupt needs the tool's own.
        var again = await InProcessTool.RunAsync("seed", "--database", file);
        var verify = await InProcessTool.RunAsync("verify", "--database", file);
        again.ExitCode.Should().Be(0, again.Error);
        verify.ExitCode.Should().Be(0, verify.Output + verify.Error);
        verify.Output.Should().Contain("OK");
    }

    private static async Task WaitForAppliedSeedsAsync(string file, int count, Process tool)
    {
        var until = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < until && !tool.HasExited)
        {
            try
            {
                await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM applied_seeds";
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) >= count)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // Locked by the writer for a moment; ask again.
            }

            await Task.Delay(20);
        }
    }
}
