using System.Linq.Expressions;
using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Querying;

/// <summary>
/// Finds people, posts, organisations and agreements by their name or any of their other names
/// (<see cref="OtherName"/>), compared as name keys (<see cref="NameKey"/>: Unicode NFKC, case and white
/// space folded, diacritics kept), so <c>"ms. rao"</c> finds the person stored as Meera Rao with the
/// short name "Ms. Rao". One SQL query on both providers, over the indexed <c>name_key</c> columns:
/// the fact's id among those whose own key matches and the owners of the matching other names (one
/// uncorrelated IN list, a UNION ALL of two index lookups, which both engines read by index).
/// </summary>
public static class OtherNameQueries
{
    /// <summary>The people named <paramref name="name"/>, or known by it as another name.</summary>
    /// <param name="people">The people, such as <c>db.People</c>.</param>
    /// <param name="name">A name or other name, in any case and spacing.</param>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public static IQueryable<Person> KnownAs(this IQueryable<Person> people, string name) =>
        KnownAs(people, name, o => o.PersonId, p => p.OtherNames);

    /// <summary>The posts titled <paramref name="title"/>, or known by it as another title (a native-language title).</summary>
    /// <param name="posts">The posts, such as <c>db.Posts</c>.</param>
    /// <param name="title">A title or other title, in any case and spacing.</param>
    /// <exception cref="ArgumentException">The title is empty or white space.</exception>
    public static IQueryable<Post> KnownAs(this IQueryable<Post> posts, string title) =>
        KnownAs(posts, title, o => o.PostId, p => p.OtherNames);

    /// <summary>The organisations named <paramref name="name"/>, or known by it as another name (an acronym).</summary>
    /// <param name="organisations">The organisations, such as <c>db.Organisations</c>.</param>
    /// <param name="name">A name or other name, in any case and spacing.</param>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public static IQueryable<Organisation> KnownAs(this IQueryable<Organisation> organisations, string name) =>
        KnownAs(organisations, name, o => o.OrganisationId, o => o.OtherNames);

    /// <summary>The agreements titled <paramref name="title"/>, or known by it as another title (an acronym).</summary>
    /// <param name="agreements">The agreements, such as <c>db.Agreements</c>.</param>
    /// <param name="title">A title or other title, in any case and spacing.</param>
    /// <exception cref="ArgumentException">The title is empty or white space.</exception>
    public static IQueryable<Agreement> KnownAs(this IQueryable<Agreement> agreements, string title) =>
        KnownAs(agreements, title, o => o.AgreementId, a => a.OtherNames);

    private static IQueryable<T> KnownAs<T>(IQueryable<T> facts, string name, Expression<Func<OtherName, int?>> owner, Expression<Func<T, IEnumerable<OtherName>>> otherNames)
        where T : CitedEntity
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = NameKey.Of(name);
        var owners = (QueryRoots.Table<OtherName>(facts) ?? facts.SelectMany(otherNames))
            .Where(o => EF.Property<string>(o, NameKey.Property) == key).Select(owner);
        // One IN list of the facts' own matches and the aliases' owners (UNION ALL), never "key = x
        // OR id IN (...)": PostgreSQL cannot read an OR with a subquery through indexes and scans the
        // facts, while each branch of the list is an index lookup on both engines.
        var named = (QueryRoots.Table<T>(facts) ?? facts).Where(f => EF.Property<string>(f, NameKey.Property) == key).Select(f => (int?)f.Id);
        var ids = named.Concat(owners);
        return facts.Where(f => ids.Contains((int?)f.Id));
    }
}
