namespace DefenceTies.Explorer.Data;

/// <summary>
/// A nation, body or fact named on a page, with the page it links to: a nation's page, an
/// organisation's page, or a fact's page. Members, owners and issue actors may be a nation or a
/// body, so the pages link them alike.
/// </summary>
/// <param name="Name">The name as shown.</param>
/// <param name="Url">The page it links to.</param>
public sealed record ActorName(string Name, string Url)
{
    /// <summary>A nation, linking to its page.</summary>
    public static ActorName Nation(string code, string name) => new(name, $"/nation/{code}");

    /// <summary>A body, linking to its organisation page.</summary>
    public static ActorName Body(int id, string name) => new(name, OrganisationUrl(id));

    /// <summary>The organisation page of the body with this id.</summary>
    public static string OrganisationUrl(int id) => $"/organisation/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
