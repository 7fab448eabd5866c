namespace DefenceTies.Model;

/// <summary>
/// A position that a person can hold, such as "Joint Secretary (International Cooperation)" in
/// India's defence ministry, or "Secretary-General" of ASEAN. A nation's post always has its nation;
/// its organisation is optional because sources often name a post without naming the body it sits
/// in. A post of a body without a nation (an international organisation, a forum) has no nation and
/// always names its body. An envoy's post (India's "Ambassador to Thailand") also names the nation
/// it is accredited to. A nation's post is keyed by its nation and title, a body's post by its body
/// and title.
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
    /// <param name="nation">The nation the post serves; <see langword="null"/> for a post of a body without a nation.</param>
    /// <param name="title">The title as the source gives it.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="organisation">
    /// The organisation the post sits in: for a nation's post, when the source says so (it must belong
    /// to <paramref name="nation"/>); for a post without a nation, required and a body without a nation.
    /// </param>
    /// <param name="accreditedTo">For an envoy's post, the nation the envoy is accredited to, when the source says so; it must differ from <paramref name="nation"/>.</param>
    /// <exception cref="DomainRuleException">A value breaks one of the rules above.</exception>
    public Post(Nation? nation, string title, Citation citation, Organisation? organisation = null, Nation? accreditedTo = null)
        : base(citation, nameof(Post))
    {
        Title = Guard.Text(title, nameof(Post), nameof(Title), TitleMaxLength);
        if (nation is null)
        {
            if (organisation is null)
            {
                throw new DomainRuleException(nameof(Post), nameof(Nation), null, "a post without a nation is a post of a body without a nation; expected its nation, or its organisation.");
            }

            if (organisation.Nation is not null || organisation.NationId is not null)
            {
                throw new DomainRuleException(nameof(Post), nameof(Nation), null, $"the organisation '{organisation.DisplayName}' belongs to a nation; expected that nation as the post's nation.");
            }
        }
        else if (organisation is not null && !ReferenceEquals(organisation.Nation, nation))
        {
            throw new DomainRuleException(nameof(Post), nameof(Organisation), organisation.Name, $"the organisation must belong to the post's nation ({nation.Alpha2Code}).");
        }

        Nation = nation;

        // By code rather than by reference: two loaded copies of one nation are still one nation.
        if (accreditedTo is not null && accreditedTo.Alpha2Code == Nation?.Alpha2Code)
        {
            throw new DomainRuleException(nameof(Post), nameof(AccreditedTo), accreditedTo.Alpha2Code, "an envoy is accredited to a nation other than the one the post serves.");
        }

        Organisation = organisation;
        AccreditedTo = accreditedTo;
    }

    /// <summary>The key of <see cref="Nation"/>.</summary>
    public int? NationId { get; private set; }

    /// <summary>The nation the post serves; <see langword="null"/> for a post of a body without a nation (see <see cref="Organisation"/>).</summary>
    public Nation? Nation { get; private set; }

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The organisation the post sits in, when known; always set for a post without a nation.</summary>
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
