using System.Reflection;
using DefenceTies.Model;

namespace DefenceTies.Bulk;

/// <summary>
/// Another name of a person, post, organisation or agreement (see <see cref="OtherName"/>): a
/// Wikidata alias, say. Exactly one owner key is set; the owner is in the same batch or already
/// stored (posts are always stored ones), and the alias is not its owner's own name, compared as
/// name keys.
/// </summary>
public sealed class OtherNameRow : BulkRow
{
    // The arc as the model lists it (OtherName.Owners), so an owner kind added there needs a row
    // property of the same name here, or the bulk path fails to start.
    private static readonly (Type Owner, PropertyInfo Key)[] OwnerKeys =
        [.. OtherName.Owners.Select(o => (o.Owner, typeof(OtherNameRow).GetProperty(o.Key) ?? throw new InvalidOperationException($"{nameof(OtherNameRow)} has no {o.Key}.")))];

    /// <summary>The other name, exactly as the source gives it.</summary>
    public required string Name { get; init; }

    /// <summary>What it is: a short name, an acronym, a native-language name…</summary>
    public required OtherNameKind Kind { get; init; }

    /// <summary>The language of the alias as a BCP 47 tag (<c>hi</c>, <c>zh-Hant</c>), if the source says it.</summary>
    public string? Language { get; init; }

    /// <summary>The person it is another name of, if a person's.</summary>
    public int? PersonId { get; init; }

    /// <summary>The post it is another title of, if a post's.</summary>
    public int? PostId { get; init; }

    /// <summary>The organisation it is another name of, if an organisation's.</summary>
    public int? OrganisationId { get; init; }

    /// <summary>The agreement it is another title of, if an agreement's.</summary>
    public int? AgreementId { get; init; }

    /// <summary>The supporting citation.</summary>
    public required int CitationId { get; init; }

    /// <summary>The owners the row names, each as its kind of fact and key, in the order of <see cref="OtherName.Owners"/>.</summary>
    internal List<(Type Owner, int Id)> NamedOwners() =>
        [.. OwnerKeys.Select(o => (o.Owner, Id: (int?)o.Key.GetValue(this))).Where(o => o.Id is not null).Select(o => (o.Owner, o.Id!.Value))];
}
