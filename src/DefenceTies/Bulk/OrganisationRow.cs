using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>
/// A body (see <see cref="Organisation"/>): an international organisation or forum, which has no
/// nation; a company or non-state group, with its nation when the source states one; a nation's
/// own body, with its nation. Whether a body has a nation follows from its <see cref="Kind"/>.
/// </summary>
public sealed class OrganisationRow : BulkRow
{
    /// <summary>The nation the body belongs to, as its kind requires or allows; <see langword="null"/> for none.</summary>
    public int? NationId { get; init; }

    /// <summary>The name as the source gives it; <see langword="null"/> only for a nation's unnamed body ("both armies").</summary>
    public string? Name { get; init; }

    /// <summary>What kind of body it is.</summary>
    public required OrganisationKind Kind { get; init; }

    /// <summary>For a mission abroad, the nation it is in; not the body's own nation.</summary>
    public int? HostNationId { get; init; }

    /// <summary>The body's Wikidata item ("Q7768"), unique among bodies.</summary>
    public string? WikidataId { get; init; }

    /// <summary>For an international organisation, its Correlates of War IGO abbreviation ("ASEAN"), unique among bodies.</summary>
    public string? CowCode { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }
}
