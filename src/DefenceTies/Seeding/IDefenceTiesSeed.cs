using DefenceTies.Model;

namespace DefenceTies.Seeding;

/// <summary>
/// One unit of seeded knowledge: the facts of one source document. Seeds are applied in order,
/// each once, each in its own transaction; later seeds reuse the nations, areas, regions and
/// policies earlier ones stored (see <see cref="SeedContext"/>).
/// </summary>
public interface IDefenceTiesSeed
{
    /// <summary>A stable, unique key recorded in <c>applied_seeds</c>; never change it once released.</summary>
    string Key { get; }

    /// <summary>The <see cref="SourceDocument.Key"/> of the document <see cref="CreateSourceDocument"/> creates.</summary>
    string DocumentKey { get; }

    /// <summary>Creates the source document the seed's facts cite.</summary>
    SourceDocument CreateSourceDocument();

    /// <summary>Adds the seed's facts through <paramref name="context"/>. Must not touch the database itself.</summary>
    void Plant(SeedContext context);
}
