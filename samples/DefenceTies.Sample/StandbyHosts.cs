using Npgsql;

namespace DefenceTies.Sample;

/// <summary>
/// Npgsql names a primary and its standbys in one connection string (<c>Host=pg1:5432,pg2:5432</c>);
/// the sample takes them as two, as a DBA hands them out.
/// </summary>
internal static class StandbyHosts
{
    /// <summary>The primary's connection string with the standby's host and port added to its hosts; the rest (database, user) is the primary's.</summary>
    public static string Join(string primary, string standby)
    {
        var joined = new NpgsqlConnectionStringBuilder(primary);
        var second = new NpgsqlConnectionStringBuilder(standby);
        joined.Host = $"{HostAndPort(joined)},{HostAndPort(second)}";
        return joined.ConnectionString;
    }

    private static string HostAndPort(NpgsqlConnectionStringBuilder builder) =>
        builder.Host is { } host && host.Contains(',', StringComparison.Ordinal) ? host : $"{builder.Host}:{builder.Port}";
}
