namespace DefenceTies.PostgreSql.Replication;

/// <summary>
/// WAL positions as the primary reports them and as a standby reports them differ at page starts:
/// <c>pg_current_wal_insert_lsn()</c> names where the next record will begin, past the header of
/// an empty page, while <c>pg_last_wal_replay_lsn()</c> names where the last replayed record ended,
/// which is the page's start. A standby that has replayed everything would then seem one header
/// behind until the next write; a fresh or idle primary sits at such a position for seconds.
/// </summary>
internal static class WalPositions
{
    // Page header sizes on 64-bit servers (MAXALIGN 8): every page has a short header, the first
    // page of a segment a long one. No record can end at either offset (records follow the header
    // and are 8-byte aligned, at least 24 bytes long).
    private const ulong ShortPageHeader = 24;
    private const ulong LongPageHeader = 40;

    /// <summary>The insert position as a standby would report having replayed up to it.</summary>
    public static ulong AsReplayPosition(ulong insertPosition, ulong pageSize, ulong segmentSize) =>
        insertPosition % segmentSize == LongPageHeader ? insertPosition - LongPageHeader
        : insertPosition % pageSize == ShortPageHeader ? insertPosition - ShortPageHeader
        : insertPosition;
}
