using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    // The shares this pack states per owned body, with the fact that states each owner: one pack
    // names an owner of a body once, and its shares of one body add up to at most 100 %.
    private readonly Dictionary<Organisation, List<(object Owner, string Path, Share? Share)>> _owners = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// An ownership merges on its owned body and owner; another source's share or start date is a
    /// claim. The pack's own shares of one body are checked together (<see cref="Model.Ownership.CheckTotal"/>).
    /// </summary>
    private Ownership Ownership(JsonElement f, string path)
    {
        var owned = Reference<Organisation>(f, "owned", path, "organisation");
        var ownerNation = f.TryGetProperty("ownerNation", out _) ? Nation(f, "ownerNation", path) : null;
        var ownerOrganisation = Optional<Organisation>(f, "ownerOrganisation", path, "organisation");
        var share = ShareOf(f, "share", path);
        var startedOn = Date(f, "startedOn", path);
        var citation = Cite(f, path);
        if (ownerNation is not null && ownerOrganisation is not null)
        {
            throw Fail($"{path}.ownerOrganisation", "an ownership has one owner, a nation or a body; expected \"ownerNation\" or \"ownerOrganisation\", not both (two owners are two ownerships).");
        }

        if (ownerNation is null && ownerOrganisation is null)
        {
            throw Fail(path, "an ownership names its owner; expected \"ownerNation\" or \"ownerOrganisation\".");
        }

        var owner = (object?)ownerNation ?? ownerOrganisation!;
        var ownerProperty = ownerNation is not null ? "ownerNation" : "ownerOrganisation";
        var candidate = new Ownership(owned, ownerNation, ownerOrganisation, share, citation, startedOn);
        if (!_owners.TryGetValue(owned, out var stated))
        {
            _owners[owned] = stated = [];
        }

        if (stated.FirstOrDefault(s => ReferenceEquals(s.Owner, owner)) is { Path: not null } earlier)
        {
            throw Fail($"{path}.{ownerProperty}", $"this owner of '{owned.DisplayName}' is already stated at {earlier.Path}; expected each owner of a body once in a pack (a second share from the same source is not a claim).");
        }

        try
        {
            Model.Ownership.CheckTotal(owned, stated.Where(s => s.Share is not null).Select(s => s.Share!.Value).Concat(share is { } own ? [own] : []));
        }
        catch (DomainRuleException ex)
        {
            throw Fail($"{path}.share", ex.Message);
        }

        stated.Add((owner, path, share));
        var existing = _store.All<Ownership>().FirstOrDefault(o => Same(o.Owned, o.OwnedId, owned)
            && (ownerNation is not null ? o.OwnerNation is not null || o.OwnerNationId is not null ? Same(o.OwnerNation, o.OwnerNationId ?? 0, ownerNation) : false
                : o.OwnerOrganisation is not null || o.OwnerOrganisationId is not null ? Same(o.OwnerOrganisation, o.OwnerOrganisationId ?? 0, ownerOrganisation!) : false));
        return Keep(candidate, existing, citation);
    }

    /// <summary>A share as the pack writes it ("50.5"), or <see langword="null"/> when not given.</summary>
    private Share? ShareOf(JsonElement f, string property, string path)
    {
        if (!f.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && Model.Share.TryParse(value.GetString(), out var share)
            ? share
            : throw Fail($"{path}.{property}", $"'{value}' is not a share; expected a percentage from 0 to 100 with at most two decimals, as a string (\"50.5\").");
    }
}
