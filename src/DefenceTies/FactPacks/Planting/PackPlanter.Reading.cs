using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

/// <summary>Reads a fact's values: nations, references to earlier facts, dates, texts, enums and its links.</summary>
internal sealed partial class PackPlanter
{
    private Nation Nation(JsonElement f, string property, string path)
    {
        var code = f.GetProperty(property).GetString()!;
        return _store.Nation(code, out var problem) ?? throw Fail($"{path}.{property}", problem!);
    }

    private T Reference<T>(JsonElement f, string property, string path, params string[] types)
        where T : class
    {
        var id = f.GetProperty(property).GetString()!;
        var declared = Declaration(f, property, path, types);
        return types.Contains(declared.Type) && declared.Fact is T fact
            ? fact
            : throw Fail($"{path}.{property}", $"'{id}' is a {declared.Type}; expected the id of a {string.Join(" or ", types)}.");
    }

    /// <summary>The fact an id refers to, declared earlier in the pack; a problem naming why not otherwise.</summary>
    private Declared Declaration(JsonElement f, string property, string path, string[] types)
    {
        var id = f.GetProperty(property).GetString()!;
        if (_declared.TryGetValue(id, out var declared))
        {
            return declared;
        }

        if (_broken.Contains(id))
        {
            throw Fail($"{path}.{property}", $"'{id}' is the fact at {_declaredLater[id]}, which is refused for its own problems (listed there); this fact refers to it and is refused with it.");
        }

        throw Fail($"{path}.{property}", _declaredLater.TryGetValue(id, out var later)
            ? $"'{id}' is declared later, at {later}; expected a fact to be declared before the facts that refer to it."
            : $"no fact of this pack has the id '{id}'; expected the id of a {(types.Length > 0 ? string.Join(" or ", types) : "fact")} declared before this fact.");
    }

    private T? Optional<T>(JsonElement f, string property, string path, params string[] types)
        where T : class =>
        f.TryGetProperty(property, out _) ? Reference<T>(f, property, path, types) : null;

    private PartialDate? Date(JsonElement f, string property, string path)
    {
        if (!f.TryGetProperty(property, out var value))
        {
            return null;
        }

        return PartialDate.TryParse(value.GetString(), out var date)
            ? date
            : throw Fail($"{path}.{property}", $"'{value.GetString()}' is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD of the calendar.");
    }

    private static string? Text(JsonElement f, string property) => f.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static TEnum Enum<TEnum>(JsonElement f, string property)
        where TEnum : struct, Enum => System.Enum.Parse<TEnum>(f.GetProperty(property).GetString()!);

    private void Links(JsonElement f, string property, string path, Action<JsonElement, string> plant)
    {
        if (!f.TryGetProperty(property, out var links))
        {
            return;
        }

        var outer = _linkPath;
        var i = 0;
        foreach (var link in links.EnumerateArray())
        {
            var linkPath = $"{path}.{property}[{i++}]";
            _linkPath = linkPath;
            Guarded(linkPath, () => plant(link, linkPath));
            _linkPath = outer;
        }
    }
}
