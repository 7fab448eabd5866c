namespace DefenceTies.Explorer.Data;

/// <summary>Rows for one of the shared tables (memberships, ownerships, issue actors), with the table's id and caption.</summary>
/// <typeparam name="T">The kind of row.</typeparam>
/// <param name="Id">The table's HTML id.</param>
/// <param name="Caption">What the table lists, for people and screen readers.</param>
/// <param name="Items">The rows.</param>
/// <param name="Outward">
/// True when the rows are the page's own ties outward (the bodies it belongs to, the companies it
/// owns): the first column then names that body or company. False when they point at the page's
/// subject (its members, its owners): the first column names the member or owner.
/// </param>
public sealed record ItemTable<T>(string Id, string Caption, IReadOnlyList<T> Items, bool Outward = false);
