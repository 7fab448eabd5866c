using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace DefenceTies.Model;

/// <summary>
/// Which properties of a kind of fact are values a source can state, and so can carry their own
/// citation: the rule written once for the model, the database's CHECK on <c>value_citations</c>,
/// the pack format and the docs. A value is a property the fact declares with a private setter
/// (the model sets it from a source) that is not a key, a foreign key column or the citation: its
/// texts, dates, enums and the nations or facts it names.
/// </summary>
internal static class ValueProperties
{
    private static readonly ConcurrentDictionary<Type, FrozenSet<string>> ByType = new();

    // Read once: the bulk path asks for every row, and the assembly's types do not change.
    private static readonly Lazy<FrozenDictionary<string, Type>> ByName = new(() => FactTypes.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal));

    /// <summary>The value properties of a kind of fact, by name.</summary>
    public static FrozenSet<string> Of(Type factType) =>
        ByType.GetOrAdd(factType, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPrivate: true } && p.GetMethod is { IsPublic: true })
            .Where(p => p.DeclaringType != typeof(Entity) && p.DeclaringType != typeof(CitedEntity))
            .Where(p => !(p.Name.EndsWith("Id", StringComparison.Ordinal) && Nullable.GetUnderlyingType(p.PropertyType) is var u && (u ?? p.PropertyType) == typeof(int)))
            .Where(p => p.Name != nameof(IVersioned.Version))
            .Select(p => p.Name)
            .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The kind of fact of a name (<c>nameof(Agreement)</c>), or <see langword="null"/> if no kind has it.</summary>
    public static Type? FactTypeNamed(string name) => ByName.Value.GetValueOrDefault(name);

    /// <summary>Every concrete kind of fact in the model.</summary>
    public static IEnumerable<Type> FactTypes =>
        typeof(CitedEntity).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CitedEntity)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);
}
