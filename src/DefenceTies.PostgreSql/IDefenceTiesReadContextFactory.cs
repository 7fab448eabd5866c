using Microsoft.EntityFrameworkCore;

namespace DefenceTies.PostgreSql;

/// <summary>
/// Creates read contexts: <see cref="DefenceTiesDbContext"/> instances whose connections go to a
/// standby when one is up and to the primary when none is (Npgsql's
/// <c>TargetSessionAttributes.PreferStandby</c>). Registered, pooled, by
/// <c>AddDefenceTiesPostgreSqlWithStandbys</c>; dispose each context when done (a pooled one goes
/// back to the pool).
/// </summary>
/// <remarks>
/// A read context does not track what it loads (<c>QueryTrackingBehavior.NoTracking</c>, unless
/// <c>DefenceTiesOptions.ConfigureDbContext</c> says otherwise) and never writes: saving,
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> and migrations raise <see cref="ReadOnlyConnectionException"/>
/// whichever server answers. A read whose server goes away runs again on another, so a standby
/// stopping is not an error for the caller. A standby may lag behind the primary: to read one's
/// own write, wait for it with <c>WaitForReplayAsync</c> (see <c>GetWalPositionAsync</c>).
/// </remarks>
public interface IDefenceTiesReadContextFactory : IDbContextFactory<DefenceTiesDbContext>
{
}
