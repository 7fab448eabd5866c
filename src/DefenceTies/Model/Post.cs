namespace DefenceTies.Model;

/// <summary>
/// A position that a person can hold, such as "Joint Secretary (International Cooperation)" in
/// India's defence ministry. The organisation is optional because sources often name a post
/// without naming the body it sits in; the nation is always known. An envoy's post (India's
/// "Ambassador to Thailand") also names the nation it is accredited to.
/// </summary>
public class Post : CitedEntity
{
    /// <summary>Maximum length of <see cref="Title"/>.</summary>
    public const int TitleMaxLength = 200;

    private readonly List<OtherName> _otherNames = [];

    /// <summary>For EF Core.</summary>
    protected Post()
    {
    }

    /// <summary>Creates a post.</summary>
    /// <param name="nation">The nation the post serves.</param>
    /// <param name="title">The title as the source gives it.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="organisation">The organisation the post sits in, when the source says so; it must belong to <paramref name="nation"/>.</param>
    /// <param name="accreditedTo">For an envoy's post, the nation the envoy is accredited to, when the source says so; it must differ from <paramref name="nation"/>.</param>
    /// <exception cref="DomainRuleException">A value breaks one of the rules above.</exception>
    public Post(Nation nation, string title, Citation citation, Organisation? organisation = null, Nation? accreditedTo = null)
        : base(citation, nameof(Post))
    {
        Nation = Guard.NotNull(nation, nameof(Post), nameof(Nation));
        Title = Guard.Text(title, nameof(Post), nameof(Title), TitleMaxLength);
        if (organisation is not null && !ReferenceEquals(organisation.Nation, nation))
        {
            throw new DomainRuleException(nameof(Post), nameof(Organisation), organisation.Name, $"the organisation must belong to the post's nation ({nation.Alpha2Code}).");
        }

        // By code rather than by reference: two loaded copies of one nation are still one nation.
        if (accreditedTo is not null && accreditedTo.Alpha2Code == Nation.Alpha2Code)
        {
            throw new DomainRuleException(nameof(Post), nameof(AccreditedTo), accreditedTo.Alpha2Code, "an envoy is accredited to a nation other than the one the post serves.");
        }

        Organisation = organisation;
        AccreditedTo = accreditedTo;
    }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int NationId { get; private set; }

    /// <summary>The nation the post serves.</summary>
    public Nation Nation { get; private set; } = null!;

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The organisation the post sits in, when known.</summary>
    public Organisation? Organisation { get; private set; }

    /// <summary>The title as the source gives it.</summary>
    public string Title { get; private set; } = null!;

    /// <summary>The key of <see cref="AccreditedTo"/>.</summary>
    public int? AccreditedToId { get; private set; }

    /// <summary>
    /// For an envoy's post (an ambassador, a defence attaché), the nation the envoy is accredited to,
    /// never the post's own <see cref="Nation"/>; <see langword="null"/> for other posts and when the
    /// source does not say.
    /// </summary>
    public Nation? AccreditedTo { get; private set; }

    /// <summary>
    /// The other names the sources give this post (a native-language title), each cited. Filled by EF Core, not by this
    /// class: load it with <c>Include(x =&gt; x.OtherNames)</c>, or it fills in as the aliases are tracked by
    /// the same context. A new alias is made with the <see cref="OtherName"/> constructor.
    /// </summary>
    public IReadOnlyCollection<OtherName> OtherNames => _otherNames.AsReadOnly();
}
