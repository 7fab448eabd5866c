namespace DefenceTies.UnitTests.Registration;

/// <summary>
/// One rule for whether a history row is one of this version's migrations: EF Core's, ignoring
/// case; what the history holds beyond that is unknown, however it is spelt.
/// </summary>
public class MigrationStateTests
{
    private static readonly string[] Known = ["20250101000000_Initial", "20250201000000_Second", "20250301000000_Third"];

    [Fact]
    public void A_history_row_differing_only_in_case_is_the_shipped_migration_applied()
    {
        var state = MigrationState.Of(Known, ["20250101000000_INITIAL", "20250201000000_second"]);

        state.Applied.Should().Equal("20250101000000_Initial", "20250201000000_Second");
        state.Pending.Should().Equal("20250301000000_Third");
        state.Unknown.Should().BeEmpty();
        state.IsUpToDate.Should().BeFalse();
    }

    [Fact]
    public void Rows_this_version_does_not_ship_are_unknown_in_ordinal_order()
    {
        var state = MigrationState.Of(Known, [.. Known, "20991231000000_Zeta", "20991231000000_Alpha"]);

        state.Applied.Should().Equal(Known);
        state.Pending.Should().BeEmpty();
        state.Unknown.Should().Equal("20991231000000_Alpha", "20991231000000_Zeta");
        state.IsUpToDate.Should().BeFalse("a database with a newer version's migration is not this version's");
    }

    [Fact]
    public void An_empty_history_has_everything_pending_and_a_full_one_is_up_to_date()
    {
        MigrationState.Of(Known, []).Pending.Should().Equal(Known);
        MigrationState.Of(Known, Known).IsUpToDate.Should().BeTrue();
    }
}
