using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Queries over <see cref="PostHolding"/>s: who holds which post.</summary>
public static class PostHoldingQueries
{
    /// <summary>The holdings of posts with exactly this title (ordinal, case-sensitive), such as <c>"Ambassador to Thailand"</c>.</summary>
    /// <remarks>
    /// To match a title regardless of case, compare upper-cased values instead, which translates on both
    /// providers: <c>db.PostHoldings.Where(h =&gt; h.Post.Title.ToUpper() == title.ToUpperInvariant())</c>.
    /// </remarks>
    /// <param name="holdings">The holdings, such as <c>db.PostHoldings</c>.</param>
    /// <param name="postTitle">The post's title, as stored.</param>
    public static IQueryable<PostHolding> OfPostTitled(this IQueryable<PostHolding> holdings, string postTitle)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentException.ThrowIfNullOrWhiteSpace(postTitle);
        return holdings.Where(h => h.Post.Title == postTitle);
    }

    /// <summary>
    /// The officials: the people who hold (or held) a post with exactly this title, each once. Post
    /// holdings carry the dates; query <see cref="OfPostTitled"/> for them. The title matches as in
    /// <see cref="OfPostTitled"/>: exactly, ordinal and case-sensitive.
    /// </summary>
    /// <param name="holdings">The holdings, such as <c>db.PostHoldings</c>.</param>
    /// <param name="postTitle">The post's title, as stored.</param>
    public static IQueryable<Person> HoldersOf(this IQueryable<PostHolding> holdings, string postTitle) =>
        holdings.OfPostTitled(postTitle).Select(h => h.Person).Distinct();
}
