using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// Other names (aliases) of people, posts, organisations and agreements: links of the fact that
// names them, and the rule that a fact named only by a known fact's other name is refused.
internal sealed partial class PackPlanter
{
    /// <summary>Plants the fact's <c>otherNames</c>: each a known other name of the fact cited again, or a new one.</summary>
    private void OtherNames(JsonElement f, string path, CitedEntity owner)
    {
        Links(f, "otherNames", path, (link, linkPath) =>
        {
            var name = Text(link, "name")!;
            var kind = Enum<OtherNameKind>(link, "kind");
            var language = Text(link, "language");
            var citation = Cite(link, linkPath);
            var key = NameKey.Of(name);
            var existing = _store.All<OtherName>().FirstOrDefault(o => ReferenceEquals(o.Owner, owner) && NameKey.Of(o.Name) == key);
            Link(existing, citation, () =>
            {
                var added = owner switch
                {
                    Person person => new OtherName(person, name, kind, citation, language),
                    Post post => new OtherName(post, name, kind, citation, language),
                    Organisation organisation => new OtherName(organisation, name, kind, citation, language),
                    Agreement agreement => new OtherName(agreement, name, kind, citation, language),
                    _ => throw new InvalidOperationException($"A {owner.GetType().Name} has no other names."),
                };
                _store.Add(added);
                return added;
            }, (nameof(OtherName.Kind), kind), (nameof(OtherName.Language), language));
        });
    }

    /// <summary>
    /// Refuses a new fact whose name matches a known fact of its type only by name key or by one of
    /// that fact's other names (a person "Ms. Rao" when "Meera Rao" is known as "Ms. Rao"): the report
    /// may mean the known fact, and only the analyst knows. Never merged silently: the problem names
    /// the known fact and what to write. <c>"corroborates": false</c> says it is another one.
    /// </summary>
    /// <param name="f">The fact.</param>
    /// <param name="path">Its path.</param>
    /// <param name="property">The pack's name of the name (<c>name</c>, <c>title</c>).</param>
    /// <param name="name">The name the pack gives; nothing is checked without one.</param>
    /// <param name="candidates">The known facts of the type it could be (a post: those of its nation).</param>
    /// <param name="nameOf">A known fact's own name or title.</param>
    private void NotKnownByAnotherName<T>(JsonElement f, string path, string property, string? name, IEnumerable<T> candidates, Func<T, string?> nameOf)
        where T : CitedEntity
    {
        if (name is null || (f.TryGetProperty("corroborates", out var flag) && flag.ValueKind == JsonValueKind.False))
        {
            return;
        }

        var key = NameKey.Of(name);
        var known = candidates.ToList();
        var what = FactReference.KindOf(typeof(T));
        foreach (var fact in known)
        {
            var own = nameOf(fact);
            if (own is not null && NameKey.Of(own) == key)
            {
                throw Fail($"{path}.{property}", $"'{name}' matches the known {what} '{own}' ({Describe(fact)}) only when compared as a name key (case, width and spacing folded); write \"{property}\": \"{own}\" if this report names that {what}, or \"corroborates\": false if it is another one.");
            }
        }

        var other = _store.All<OtherName>().FirstOrDefault(o => o.Owner is T owner && known.Contains(owner) && NameKey.Of(o.Name) == key);
        if (other is not null)
        {
            var owner = (T)other.Owner!;
            var own = nameOf(owner);
            var restate = own is not null ? $"write \"{property}\": \"{own}\" (with \"{name}\" under its otherNames)" : $"name that {what} as the stored one is named";
            throw Fail($"{path}.{property}", $"'{name}' is another name ({other.Kind}) of the known {what} '{own ?? (owner as Organisation)?.DisplayName}' ({Describe(owner)}); a fact named only by another name is not merged onto it: {restate} if this report names that {what}, or \"corroborates\": false if it is another one.");
        }
    }
}
