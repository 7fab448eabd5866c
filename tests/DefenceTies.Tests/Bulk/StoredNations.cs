namespace DefenceTies.Tests.Bulk;

/// <summary>The keys of India and Thailand in a database that stores them, for batches that refer to them.</summary>
internal sealed record StoredNations(int India, int Thailand);
