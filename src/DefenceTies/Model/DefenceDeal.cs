using DefenceTies.Reference;

namespace DefenceTies.Model;

/// <summary>
/// A defence deal or arms transfer between a supplier (a nation, or a company or other body) and a
/// recipient (a nation, or one of its services or agencies), as the source states it: the equipment
/// by its designation as stated and a <see cref="EquipmentCategory"/>, the kind of deal, the quantity
/// and its unit, the value with its currency and how exact it is, the end user, and the dates of
/// decision, award, signature and delivery, each at its own precision. Modelled on the SIPRI Arms
/// Transfers Database's register (supplier, recipient, designation, number ordered and delivered,
/// years of order and delivery). Keyed by supplier, recipient and designation: another source's
/// different quantity, value or date is a competing claim on the same deal.
/// </summary>
public class DefenceDeal : CitedEntity
{
    /// <summary>Maximum length of <see cref="Designation"/>.</summary>
    public const int DesignationMaxLength = 200;

    /// <summary>Maximum length of <see cref="QuantityUnit"/>.</summary>
    public const int QuantityUnitMaxLength = 100;

    /// <summary>For EF Core.</summary>
    protected DefenceDeal()
    {
    }

    /// <summary>Creates a deal.</summary>
    /// <param name="supplierNation">The supplier when it is a nation; otherwise <see langword="null"/>.</param>
    /// <param name="supplierOrganisation">The supplier when it is a body (a company, a state-owned enterprise); otherwise <see langword="null"/>. Exactly one supplier is given.</param>
    /// <param name="recipientNation">The recipient when it is a nation; otherwise <see langword="null"/>.</param>
    /// <param name="recipientOrganisation">The recipient when it is a body (a service, an agency); otherwise <see langword="null"/>. Exactly one recipient is given, and it is not the supplier.</param>
    /// <param name="kind">The kind of deal.</param>
    /// <param name="designation">The equipment as the source names it ("coastal anti-ship missile batteries").</param>
    /// <param name="category">The category of the equipment.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="endUser">The body that will use the equipment, when the source names one.</param>
    /// <param name="quantity">The number of items, at least 1, when stated.</param>
    /// <param name="quantityUnit">What the quantity counts, in the source's words; only with a quantity.</param>
    /// <param name="quantityDelivered">How many have been delivered, when stated: 0 to the quantity.</param>
    /// <param name="value">The value, when stated (with a range, its lower end).</param>
    /// <param name="valueCurrency">The value's ISO 4217 currency code; exactly when a value is given.</param>
    /// <param name="valueExactness">How exact the value is; exactly when a value is given.</param>
    /// <param name="valueUpTo">The upper end of a range; exactly when the exactness is <see cref="Model.ValueExactness.Range"/>.</param>
    /// <param name="decidedOn">When the purchase was decided, when stated.</param>
    /// <param name="awardedOn">When the contract was awarded, when stated.</param>
    /// <param name="signedOn">When the contract was signed, when stated.</param>
    /// <param name="deliveredOn">When it was delivered, when stated; not before the award or signature.</param>
    /// <param name="deliveryDueOn">When delivery is due, when the source states a plan.</param>
    /// <exception cref="DomainRuleException">A value breaks one of these rules.</exception>
    public DefenceDeal(
        Nation? supplierNation,
        Organisation? supplierOrganisation,
        Nation? recipientNation,
        Organisation? recipientOrganisation,
        DealKind kind,
        string designation,
        EquipmentCategory category,
        Citation citation,
        Organisation? endUser = null,
        int? quantity = null,
        string? quantityUnit = null,
        int? quantityDelivered = null,
        MoneyAmount? value = null,
        string? valueCurrency = null,
        ValueExactness? valueExactness = null,
        MoneyAmount? valueUpTo = null,
        PartialDate? decidedOn = null,
        PartialDate? awardedOn = null,
        PartialDate? signedOn = null,
        PartialDate? deliveredOn = null,
        PartialDate? deliveryDueOn = null)
        : base(citation, nameof(DefenceDeal))
    {
        if ((supplierNation is null) == (supplierOrganisation is null))
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(SupplierNation), null, "a supplier is a nation or a body; expected exactly one of them.");
        }

        if ((recipientNation is null) == (recipientOrganisation is null))
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(RecipientNation), null, "a recipient is a nation or a body; expected exactly one of them.");
        }

        if ((supplierNation is not null && ReferenceEquals(supplierNation, recipientNation)) || (supplierOrganisation is not null && ReferenceEquals(supplierOrganisation, recipientOrganisation)))
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(RecipientNation), null, "a deal's recipient is not its supplier.");
        }

        if (quantity is <= 0)
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(Quantity), quantity, "a quantity is a whole number of at least 1; leave it out when the source gives none.");
        }

        if (quantityDelivered is < 0 || (quantityDelivered is { } delivered && quantity is { } ordered && delivered > ordered))
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(QuantityDelivered), quantityDelivered, "the number delivered is 0 or more, and not more than the quantity the deal is for.");
        }

        if (quantityUnit is not null && quantity is null)
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(QuantityUnit), quantityUnit, "a unit belongs to a quantity; give the quantity too.");
        }

        CheckValue(value, valueCurrency, valueExactness, valueUpTo);
        SupplierNation = supplierNation;
        SupplierOrganisation = supplierOrganisation;
        RecipientNation = recipientNation;
        RecipientOrganisation = recipientOrganisation;
        Kind = Guard.Defined(kind, nameof(DefenceDeal), nameof(Kind));
        Designation = Guard.Text(designation, nameof(DefenceDeal), nameof(Designation), DesignationMaxLength);
        Category = Guard.Defined(category, nameof(DefenceDeal), nameof(Category));
        EndUser = endUser;
        Quantity = quantity;
        QuantityUnit = Guard.OptionalText(quantityUnit, nameof(DefenceDeal), nameof(QuantityUnit), QuantityUnitMaxLength);
        QuantityDelivered = quantityDelivered;
        Value = value;
        ValueUpTo = valueUpTo;
        ValueCurrency = valueCurrency;
        ValueExactness = valueExactness;
        DecidedOn = Guard.OptionalDate(decidedOn, nameof(DefenceDeal), nameof(DecidedOn));
        AwardedOn = Guard.OptionalDate(awardedOn, nameof(DefenceDeal), nameof(AwardedOn));
        SignedOn = Guard.OptionalDate(signedOn, nameof(DefenceDeal), nameof(SignedOn));
        DeliveredOn = Guard.OptionalDate(deliveredOn, nameof(DefenceDeal), nameof(DeliveredOn));
        DeliveryDueOn = Guard.OptionalDate(deliveryDueOn, nameof(DefenceDeal), nameof(DeliveryDueOn));
        Guard.Ordered(AwardedOn, DeliveredOn, nameof(DefenceDeal), nameof(DeliveredOn));
        Guard.Ordered(SignedOn, DeliveredOn, nameof(DefenceDeal), nameof(DeliveredOn));
    }

    /// <summary>The key of <see cref="SupplierNation"/>.</summary>
    public int? SupplierNationId { get; private set; }

    /// <summary>The supplier, when it is a nation; otherwise <see langword="null"/> and <see cref="SupplierOrganisation"/> is set.</summary>
    public Nation? SupplierNation { get; private set; }

    /// <summary>The key of <see cref="SupplierOrganisation"/>.</summary>
    public int? SupplierOrganisationId { get; private set; }

    /// <summary>
    /// The supplier, when it is a body (a company, a state-owned enterprise); otherwise
    /// <see langword="null"/> and <see cref="SupplierNation"/> is set. It counts for a nation (in the
    /// dyad-year panel, in <c>Between</c>) only through the nation the body's own fact states.
    /// </summary>
    public Organisation? SupplierOrganisation { get; private set; }

    /// <summary>The key of <see cref="RecipientNation"/>.</summary>
    public int? RecipientNationId { get; private set; }

    /// <summary>The recipient, when it is a nation; otherwise <see langword="null"/> and <see cref="RecipientOrganisation"/> is set.</summary>
    public Nation? RecipientNation { get; private set; }

    /// <summary>The key of <see cref="RecipientOrganisation"/>.</summary>
    public int? RecipientOrganisationId { get; private set; }

    /// <summary>The recipient, when it is a body (a service, an agency, a company); otherwise <see langword="null"/> and <see cref="RecipientNation"/> is set.</summary>
    public Organisation? RecipientOrganisation { get; private set; }

    /// <summary>The kind of deal.</summary>
    public DealKind Kind { get; private set; }

    /// <summary>The equipment as the source names it: a designation ("Sea Kestrel launchers") or a description ("coastal anti-ship missile batteries").</summary>
    public string Designation { get; private set; } = null!;

    /// <summary>The category of the equipment.</summary>
    public EquipmentCategory Category { get; private set; }

    /// <summary>The key of <see cref="EndUser"/>.</summary>
    public int? EndUserId { get; private set; }

    /// <summary>The body that will use the equipment (a navy, a coast guard), when the source names one besides the recipient.</summary>
    public Organisation? EndUser { get; private set; }

    /// <summary>The number of items the deal is for, as stated ("twelve launchers": 12); <see langword="null"/> when not stated.</summary>
    public int? Quantity { get; private set; }

    /// <summary>What <see cref="Quantity"/> counts, in the source's words ("launchers", "aircraft", "batteries"); <see langword="null"/> when not stated.</summary>
    public string? QuantityUnit { get; private set; }

    /// <summary>How many have been delivered, as stated; at most <see cref="Quantity"/>; <see langword="null"/> when not stated.</summary>
    public int? QuantityDelivered { get; private set; }

    /// <summary>The value as stated, exactly ("about €1.2 billion": 1200000000); with a range, its lower end; <see langword="null"/> when not stated.</summary>
    public MoneyAmount? Value { get; private set; }

    /// <summary>The upper end of a value stated as a range (<see cref="ValueExactness.Range"/>); otherwise <see langword="null"/>.</summary>
    public MoneyAmount? ValueUpTo { get; private set; }

    /// <summary>The ISO 4217 code of the value's currency ("EUR"); set exactly when <see cref="Value"/> is.</summary>
    public string? ValueCurrency { get; private set; }

    /// <summary>How exact the stated value is ("about": <see cref="ValueExactness.Approximate"/>); set exactly when <see cref="Value"/> is.</summary>
    public ValueExactness? ValueExactness { get; private set; }

    /// <summary>When the purchase was decided or approved (a cabinet's approval), at the precision stated.</summary>
    public PartialDate? DecidedOn { get; private set; }

    /// <summary>When the contract was awarded to the supplier, at the precision stated.</summary>
    public PartialDate? AwardedOn { get; private set; }

    /// <summary>When the contract or agreement for the deal was signed, at the precision stated.</summary>
    public PartialDate? SignedOn { get; private set; }

    /// <summary>When the equipment was delivered (or its delivery began), at the precision stated; not before the award or signature.</summary>
    public PartialDate? DeliveredOn { get; private set; }

    /// <summary>When delivery is due, as the source states a plan ("deliveries are to start in 2028"), at the precision stated.</summary>
    public PartialDate? DeliveryDueOn { get; private set; }

    /// <summary>
    /// A stated value in words, as the CLI and the Explorer show it: "about 410,000,000 EUR", "between
    /// 20,000,000 and 25,000,000 USD", "more than 500,000,000 USD", "up to 2,000,000,000 USD", "350.5 EUR";
    /// <see langword="null"/> when no value is stated. Amounts are grouped by thousands, exactly.
    /// </summary>
    /// <param name="value">The amount (a range's lower end).</param>
    /// <param name="valueUpTo">A range's upper end.</param>
    /// <param name="currency">The ISO 4217 code.</param>
    /// <param name="exactness">How exact the amount is.</param>
    public static string? ValueText(MoneyAmount? value, MoneyAmount? valueUpTo, string? currency, ValueExactness? exactness)
    {
        if (value is not { } amount || currency is null)
        {
            return null;
        }

        static string Grouped(MoneyAmount a) => a.Value.ToString(a.Hundredths % 100 == 0 ? "#,0" : "#,0.##", System.Globalization.CultureInfo.InvariantCulture);
        return exactness switch
        {
            Model.ValueExactness.Approximate => $"about {Grouped(amount)} {currency}",
            Model.ValueExactness.AtLeast => $"more than {Grouped(amount)} {currency}",
            Model.ValueExactness.AtMost => $"up to {Grouped(amount)} {currency}",
            Model.ValueExactness.Range when valueUpTo is { } upper => $"between {Grouped(amount)} and {Grouped(upper)} {currency}",
            _ => $"{Grouped(amount)} {currency}",
        };
    }

    /// <summary>
    /// The rule on a stated value, written once for the constructor and the fact-pack import: an
    /// amount, its currency (an ISO 4217 code of the reference list) and its exactness come together;
    /// an upper amount only with <see cref="Model.ValueExactness.Range"/>, which needs one above the amount.
    /// </summary>
    /// <exception cref="DomainRuleException">The values break the rule.</exception>
    internal static void CheckValue(MoneyAmount? value, string? currency, ValueExactness? exactness, MoneyAmount? upTo)
    {
        if (value is null)
        {
            if (currency is not null || exactness is not null || upTo is not null)
            {
                throw new DomainRuleException(nameof(DefenceDeal), nameof(Value), null, "a currency, exactness or upper amount belongs to a value; give the amount too.");
            }

            return;
        }

        if (currency is null || !CodePattern.CurrencyCode.Matches(currency) || !CurrencyReference.IsCode(currency))
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(ValueCurrency), currency, $"a value needs its currency as an ISO 4217 code of {CurrencyReference.IsoSource} (\"EUR\", \"USD\", \"INR\").");
        }

        if (exactness is not { } how || !Enum.IsDefined(how))
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(ValueExactness), exactness, $"a value says how exact it is: one of {string.Join(", ", Enum.GetNames<ValueExactness>())}.");
        }

        if ((how == Model.ValueExactness.Range) != (upTo is not null))
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(ValueUpTo), upTo, "an upper amount is given exactly when the value is a Range.");
        }

        if (upTo is { } upper && upper <= value.Value)
        {
            throw new DomainRuleException(nameof(DefenceDeal), nameof(ValueUpTo), upper, $"a range's upper amount is above its lower amount ({value.Value}).");
        }
    }
}
