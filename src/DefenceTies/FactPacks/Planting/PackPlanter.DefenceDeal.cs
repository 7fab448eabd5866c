using System.Text.Json;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Planting;

// A fact with a natural key: merged onto the known fact with the same key.
internal sealed partial class PackPlanter
{
    /// <summary>
    /// A deal merges on its supplier, recipient and designation as written; another source's
    /// quantity, value, dates or kind are claims on it (<see cref="MergeKeys"/>).
    /// </summary>
    private DefenceDeal DefenceDeal(JsonElement f, string path)
    {
        var (supplierNation, supplierOrganisation) = Side(f, "supplier", path);
        var (recipientNation, recipientOrganisation) = Side(f, "recipient", path);
        var endUser = Optional<Organisation>(f, "endUser", path, "organisation");
        var designation = Text(f, "designation")!;
        var value = AmountOf(f, "value", path);
        var valueUpTo = AmountOf(f, "valueUpTo", path);
        var currency = Text(f, "valueCurrency");
        ValueExactness? exactness = f.TryGetProperty("valueExactness", out _) ? Enum<ValueExactness>(f, "valueExactness") : null;
        try
        {
            Model.DefenceDeal.CheckValue(value, currency, exactness, valueUpTo);
        }
        catch (DomainRuleException ex)
        {
            throw Fail($"{path}.{PackValueNames.JsonProperty(f, ex.Field)}", ex.Message);
        }

        var candidate = new DefenceDeal(
            supplierNation,
            supplierOrganisation,
            recipientNation,
            recipientOrganisation,
            Enum<DealKind>(f, "kind"),
            designation,
            Enum<EquipmentCategory>(f, "category"),
            Cite(f, path),
            endUser,
            f.TryGetProperty("quantity", out var quantity) ? quantity.GetInt32() : null,
            Text(f, "quantityUnit"),
            f.TryGetProperty("quantityDelivered", out var delivered) ? delivered.GetInt32() : null,
            value,
            currency,
            exactness,
            valueUpTo,
            Date(f, "decidedOn", path),
            Date(f, "awardedOn", path),
            Date(f, "signedOn", path),
            Date(f, "deliveredOn", path),
            Date(f, "deliveryDueOn", path));
        var existing = _store.All<DefenceDeal>().FirstOrDefault(d => d.Designation == designation
            && SameSide(d.SupplierNation, d.SupplierNationId, d.SupplierOrganisation, d.SupplierOrganisationId, supplierNation, supplierOrganisation)
            && SameSide(d.RecipientNation, d.RecipientNationId, d.RecipientOrganisation, d.RecipientOrganisationId, recipientNation, recipientOrganisation));
        return Keep(candidate, existing, candidate.Citation);
    }

    /// <summary>One side of a deal: <c>{side}Nation</c> or <c>{side}Organisation</c>, exactly one.</summary>
    private (Nation? Nation, Organisation? Organisation) Side(JsonElement f, string side, string path)
    {
        var nation = f.TryGetProperty($"{side}Nation", out _) ? Nation(f, $"{side}Nation", path) : null;
        var organisation = Optional<Organisation>(f, $"{side}Organisation", path, "organisation");
        return (nation, organisation) switch
        {
            (not null, not null) => throw Fail($"{path}.{side}Organisation", $"a deal has one {side}, a nation or a body; expected \"{side}Nation\" or \"{side}Organisation\", not both."),
            (null, null) => throw Fail(path, $"a deal names its {side}; expected \"{side}Nation\" or \"{side}Organisation\"."),
            _ => (nation, organisation),
        };
    }

    private static bool SameSide(Nation? storedNation, int? storedNationId, Organisation? storedBody, int? storedBodyId, Nation? nation, Organisation? body) =>
        nation is not null
            ? (storedNation is not null || storedNationId is not null) && Same(storedNation, storedNationId ?? 0, nation)
            : (storedBody is not null || storedBodyId is not null) && Same(storedBody, storedBodyId ?? 0, body!);

    /// <summary>An amount as the pack writes it ("1200000000"), or <see langword="null"/> when not given.</summary>
    private MoneyAmount? AmountOf(JsonElement f, string property, string path)
    {
        if (!f.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && MoneyAmount.TryParse(value.GetString(), out var amount)
            ? amount
            : throw Fail($"{path}.{property}", $"'{value}' is not an amount; expected a plain decimal number with at most two decimals, as a string, with no grouping or scale word (\"1200000000\" for \"1.2 billion\").");
    }
}
