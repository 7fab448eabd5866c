using System.Text.RegularExpressions;

namespace DefenceTies.Model;

/// <summary>
/// Another name of a person, post, organisation or agreement, as a source gives it beside the name
/// the fact is stored under: a short name ("Ms. Rao"), an acronym ("JMSA"), a native-language title
/// ("Raksha Mantri"), a former name. Each alias has its own citation and belongs to exactly one fact
/// (an exclusive arc: <see cref="PersonId"/>, <see cref="PostId"/>, <see cref="OrganisationId"/> or
/// <see cref="AgreementId"/>). It is looked up by its normalised form (<see cref="NameKey"/>), and a
/// fact pack that names a fact only by one of its aliases is refused naming the stored fact, never
/// merged onto it silently.
/// </summary>
public partial class OtherName : CitedEntity
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Maximum length of <see cref="Language"/> (BCP 47's longest common tags fit well within it).</summary>
    public const int LanguageMaxLength = 35;

    /// <summary>For EF Core.</summary>
    protected OtherName()
    {
    }

    /// <summary>Records another name of a person.</summary>
    /// <param name="person">The person.</param>
    /// <param name="name">The other name, exactly as the source gives it.</param>
    /// <param name="kind">What it is: a short name, an acronym, a native-language name…</param>
    /// <param name="citation">The passage that gives it.</param>
    /// <param name="language">The language of the alias as a BCP 47 tag (<c>hi</c>, <c>th</c>, <c>vi</c>), when the source says it; otherwise <see langword="null"/>.</param>
    /// <exception cref="DomainRuleException">A value breaks a rule (see <see cref="Validate"/>), or the alias is the person's own name.</exception>
    public OtherName(Person person, string name, OtherNameKind kind, Citation citation, string? language = null)
        : this(name, kind, citation, language)
    {
        Person = Guard.NotNull(person, nameof(OtherName), nameof(Person));
        NotOwnName(person.Name);
    }

    /// <summary>Records another title of a post (a native-language title, a short title).</summary>
    /// <param name="name">The other name, exactly as the source gives it.</param>
    /// <param name="kind">What it is: a short name, an acronym, a native-language name…</param>
    /// <param name="citation">The passage that gives it.</param>
    /// <param name="language">The language of the alias as a BCP 47 tag (<c>hi</c>, <c>th</c>, <c>vi</c>), when the source says it; otherwise <see langword="null"/>.</param>
    /// <param name="post">The post.</param>
    /// <exception cref="DomainRuleException">A value breaks a rule, or the alias is the post's own title.</exception>
    public OtherName(Post post, string name, OtherNameKind kind, Citation citation, string? language = null)
        : this(name, kind, citation, language)
    {
        Post = Guard.NotNull(post, nameof(OtherName), nameof(Post));
        NotOwnName(post.Title);
    }

    /// <summary>Records another name of an organisation (an acronym, a native-language name).</summary>
    /// <param name="name">The other name, exactly as the source gives it.</param>
    /// <param name="kind">What it is: a short name, an acronym, a native-language name…</param>
    /// <param name="citation">The passage that gives it.</param>
    /// <param name="language">The language of the alias as a BCP 47 tag (<c>hi</c>, <c>th</c>, <c>vi</c>), when the source says it; otherwise <see langword="null"/>.</param>
    /// <param name="organisation">The organisation.</param>
    /// <exception cref="DomainRuleException">A value breaks a rule, or the alias is the organisation's own name.</exception>
    public OtherName(Organisation organisation, string name, OtherNameKind kind, Citation citation, string? language = null)
        : this(name, kind, citation, language)
    {
        Organisation = Guard.NotNull(organisation, nameof(OtherName), nameof(Organisation));
        NotOwnName(organisation.Name);
    }

    /// <summary>Records another title of an agreement (its acronym, a short title).</summary>
    /// <param name="name">The other name, exactly as the source gives it.</param>
    /// <param name="kind">What it is: a short name, an acronym, a native-language name…</param>
    /// <param name="citation">The passage that gives it.</param>
    /// <param name="language">The language of the alias as a BCP 47 tag (<c>hi</c>, <c>th</c>, <c>vi</c>), when the source says it; otherwise <see langword="null"/>.</param>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="DomainRuleException">A value breaks a rule, or the alias is the agreement's own title.</exception>
    public OtherName(Agreement agreement, string name, OtherNameKind kind, Citation citation, string? language = null)
        : this(name, kind, citation, language)
    {
        Agreement = Guard.NotNull(agreement, nameof(OtherName), nameof(Agreement));
        NotOwnName(agreement.Title);
    }

    private OtherName(string name, OtherNameKind kind, Citation citation, string? language)
        : base(citation, nameof(OtherName))
    {
        Validate(name, kind, language);
        Name = name;
        Kind = kind;
        Language = language;
    }

    /// <summary>The other name, exactly as the source gives it.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>What the other name is.</summary>
    public OtherNameKind Kind { get; private set; }

    /// <summary>The language of the alias as a BCP 47 tag, when the source says it.</summary>
    public string? Language { get; private set; }

    /// <summary>The key of <see cref="Person"/>.</summary>
    public int? PersonId { get; private set; }

    /// <summary>The person this is another name of, if it is a person's.</summary>
    public Person? Person { get; private set; }

    /// <summary>The key of <see cref="Post"/>.</summary>
    public int? PostId { get; private set; }

    /// <summary>The post this is another title of, if it is a post's.</summary>
    public Post? Post { get; private set; }

    /// <summary>The key of <see cref="Organisation"/>.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The organisation this is another name of, if it is an organisation's.</summary>
    public Organisation? Organisation { get; private set; }

    /// <summary>The key of <see cref="Agreement"/>.</summary>
    public int? AgreementId { get; private set; }

    /// <summary>The agreement this is another title of, if it is an agreement's.</summary>
    public Agreement? Agreement { get; private set; }

    /// <summary>
    /// The kinds of fact an alias may belong to, with their foreign key property: the exclusive arc,
    /// written once for the mapping, its CHECK and the integrity check.
    /// </summary>
    internal static IReadOnlyList<(Type Owner, string Key)> Owners { get; } =
    [
        (typeof(Person), nameof(PersonId)),
        (typeof(Post), nameof(PostId)),
        (typeof(Organisation), nameof(OrganisationId)),
        (typeof(Agreement), nameof(AgreementId)),
    ];

    /// <summary>The fact this alias belongs to (whichever of the arc is set and loaded).</summary>
    internal CitedEntity? Owner => (CitedEntity?)Person ?? (CitedEntity?)Post ?? (CitedEntity?)Organisation ?? Agreement;

    /// <summary>The rules of an alias's own fields.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? name, OtherNameKind kind, string? language)
    {
        Guard.Text(name, nameof(OtherName), nameof(Name), NameMaxLength);
        Guard.Defined(kind, nameof(OtherName), nameof(Kind));
        Guard.OptionalText(language, nameof(OtherName), nameof(Language), LanguageMaxLength);
        if (language is not null && !IsLanguageTag(language))
        {
            throw new DomainRuleException(nameof(OtherName), nameof(Language), language,
                "is not a BCP 47 language tag; expected a language subtag of 2-3 letters, then optional script (4 letters), region (2 letters or 3 digits) and variant subtags, such as 'hi', 'th', 'vi', 'zh-Hant' or 'pt-BR'.");
        }
    }

    /// <summary>Whether a text is a well-formed BCP 47 tag of the usual shape (language, script, region, variants).</summary>
    internal static bool IsLanguageTag(string text) => text.Length <= LanguageMaxLength && LanguageTag().IsMatch(text);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    /// <summary>
    /// The error for an alias that is its owner's own name, compared as name keys: the constructor
    /// and the bulk path (which compares a row with its owner's stored or batched name) raise it alike.
    /// </summary>
    internal static DomainRuleException IsOwnName(string name, string own) =>
        new(nameof(OtherName), nameof(Name), name, $"is the name the fact is stored under ('{own}'), compared as name keys; an alias is another name.");

    /// <summary>
    /// The error for an alias of no fact, or of several: the constructors take exactly one owner, the
    /// bulk path counts the keys of <see cref="Owners"/> a row sets.
    /// </summary>
    internal static DomainRuleException NotOneOwner(int owners) =>
        new(nameof(OtherName), nameof(Owner), owners,
            $"an alias belongs to exactly one fact; expected one of {string.Join(", ", Owners.Select(o => o.Key))} (got {owners}).");

    private void NotOwnName(string? own)
    {
        if (own is not null && NameKey.Of(own) == NameKey.Of(Name))
        {
            throw IsOwnName(Name, own);
        }
    }
}
