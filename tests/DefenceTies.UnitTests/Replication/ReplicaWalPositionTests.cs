using DefenceTies.PostgreSql.Replication;

namespace DefenceTies.UnitTests.Replication;

/// <summary>
/// The primary's insert position, compared with what a standby reports having replayed: equal
/// when the standby is level, at page and segment starts too (where a fresh or idle primary sits).
/// </summary>
public class ReplicaWalPositionTests
{
    private const ulong Page = 8192;
    private const ulong Segment = 16 * 1024 * 1024;

    [Theory]
    [InlineData(0x3000028UL, 0x3000000UL)] // first page of a segment: past its 40-byte header (seen on a fresh primary)
    [InlineData(0x3002018UL, 0x3002000UL)] // any other page: past its 24-byte header
    [InlineData(0x3000060UL, 0x3000060UL)] // after a record: where the record ended
    [InlineData(0x3002020UL, 0x3002020UL)] // 8 bytes past a page header: the end of a record continued from the page before
    [InlineData(0x3002000UL, 0x3002000UL)] // a record ending at the page's end
    public void An_insert_position_reads_as_the_replay_position_of_a_level_standby(ulong insert, ulong replayed) =>
        WalPositions.AsReplayPosition(insert, Page, Segment).Should().Be(replayed);

    [Theory]
    [InlineData(0x4008018UL, 0x4008000UL)] // a 32 kB page's header
    [InlineData(0x4002018UL, 0x4002018UL)] // 24 bytes past an 8 kB boundary is inside a 32 kB page: a record's end
    public void The_servers_own_wal_block_size_decides_where_pages_start(ulong insert, ulong replayed) =>
        WalPositions.AsReplayPosition(insert, 32768, 64 * 1024 * 1024).Should().Be(replayed);
}
