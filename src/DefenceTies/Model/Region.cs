using DefenceTies.Reference;

namespace DefenceTies.Model;

/// <summary>
/// A named place: an area (the Bay of Bengal, the Indo-Pacific, the province of Batangas) or a point
/// a report names (Manila, an air base, a training range), with the nation it is in when the source
/// says, an ISO 3166-2 code for a subdivision, and coordinates or a GeoNames id where a pack gives
/// them. Where an engagement was held and where an exercise took place are places
/// (<see cref="Engagement.Place"/>, <see cref="ExercisePlace"/>). Keyed by its nation and name: a
/// place of no nation (a sea) by its name alone.
/// </summary>
public class Region : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>For EF Core.</summary>
    protected Region()
    {
    }

    /// <summary>Creates a place.</summary>
    /// <param name="name">The name as stated.</param>
    /// <param name="kind">What kind of place it is.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="nation">The nation it is in, when the source says (never for a sea or a region across nations).</param>
    /// <param name="subdivisionCode">Its ISO 3166-2 code ("PH-BTG"), for a subdivision of <paramref name="nation"/> or a place in one; requires the nation.</param>
    /// <param name="latitude">Its latitude in decimal degrees, −90 to 90, at most six decimals; with <paramref name="longitude"/>.</param>
    /// <param name="longitude">Its longitude in decimal degrees, −180 to 180, at most six decimals; with <paramref name="latitude"/>.</param>
    /// <param name="geoNamesId">Its GeoNames id, a positive number.</param>
    /// <exception cref="DomainRuleException">A value breaks one of these rules.</exception>
    public Region(string name, RegionKind kind, Citation citation, Nation? nation = null, string? subdivisionCode = null, decimal? latitude = null, decimal? longitude = null, int? geoNamesId = null)
        : base(citation, nameof(Region))
    {
        Name = Guard.Text(name, nameof(Region), nameof(Name), NameMaxLength);
        Kind = Guard.Defined(kind, nameof(Region), nameof(Kind));
        Nation = nation;
        if (subdivisionCode is not null)
        {
            if (nation is null || !subdivisionCode.StartsWith(nation.Alpha2Code + "-", StringComparison.Ordinal) || !SubdivisionReference.IsCode(subdivisionCode))
            {
                throw new DomainRuleException(nameof(Region), nameof(SubdivisionCode), subdivisionCode,
                    $"a subdivision code is an ISO 3166-2 code of {SubdivisionReference.IsoSource} of the place's nation (\"PH-BTG\" for a place in the Philippines); give the nation too.");
            }
        }

        if ((latitude is null) != (longitude is null))
        {
            throw new DomainRuleException(nameof(Region), nameof(Latitude), latitude, "coordinates are a latitude and a longitude together.");
        }

        if (latitude is { } lat && (lat is < -90 or > 90 || decimal.Round(lat, 6) != lat))
        {
            throw new DomainRuleException(nameof(Region), nameof(Latitude), lat, "a latitude is −90 to 90 decimal degrees with at most six decimals.");
        }

        if (longitude is { } lon && (lon is < -180 or > 180 || decimal.Round(lon, 6) != lon))
        {
            throw new DomainRuleException(nameof(Region), nameof(Longitude), lon, "a longitude is −180 to 180 decimal degrees with at most six decimals.");
        }

        if (geoNamesId is <= 0)
        {
            throw new DomainRuleException(nameof(Region), nameof(GeoNamesId), geoNamesId, "a GeoNames id is a positive number.");
        }

        SubdivisionCode = subdivisionCode;
        Latitude = latitude;
        Longitude = longitude;
        GeoNamesId = geoNamesId;
    }

    /// <summary>The name as stated; unique among the places of its nation (and among places of no nation).</summary>
    public string Name { get; private set; } = null!;

    /// <summary>What kind of place it is.</summary>
    public RegionKind Kind { get; private set; }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int? NationId { get; private set; }

    /// <summary>The nation it is in, when the source says; <see langword="null"/> for a sea or a region across nations.</summary>
    public Nation? Nation { get; private set; }

    /// <summary>Its ISO 3166-2 code ("PH-BTG"), when the pack gives one; a code of its nation.</summary>
    public string? SubdivisionCode { get; private set; }

    /// <summary>Its latitude in decimal degrees (WGS 84), when the pack gives coordinates.</summary>
    public decimal? Latitude { get; private set; }

    /// <summary>Its longitude in decimal degrees (WGS 84), when the pack gives coordinates.</summary>
    public decimal? Longitude { get; private set; }

    /// <summary>Its GeoNames id, when the pack gives one.</summary>
    public int? GeoNamesId { get; private set; }

    /// <summary>"Manila, Philippines", "Bay of Bengal": the place as the exports and pages name it.</summary>
    /// <param name="name">The place's name.</param>
    /// <param name="nationName">Its nation's name, or <see langword="null"/>.</param>
    public static string Label(string name, string? nationName) => nationName is null ? name : $"{name}, {nationName}";
}
