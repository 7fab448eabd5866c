using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence.Configurations;

/// <summary>
/// Maps <see cref="DefenceDeal"/> to <c>defence_deals</c>: one supplier and one recipient, each a
/// nation or a body (<c>ck_defence_deals_one_supplier</c>, <c>_one_recipient</c>); a quantity of at
/// least one, with its unit only beside it and at most that many delivered; a value as whole
/// hundredths with its currency code and exactness together, and an upper amount exactly for a
/// range, above the lower one; delivery not before award or signature. Which currency codes exist
/// is the reference list's to say: the model checks it, the CHECK checks the code's shape.
/// </summary>
internal sealed class DefenceDealConfiguration : IEntityTypeConfiguration<DefenceDeal>
{
    public void Configure(EntityTypeBuilder<DefenceDeal> builder)
    {
        builder.ToTable("defence_deals");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.SupplierNationId).HasColumnName("supplier_nation_id");
        builder.Property(d => d.SupplierOrganisationId).HasColumnName("supplier_organisation_id");
        builder.Property(d => d.RecipientNationId).HasColumnName("recipient_nation_id");
        builder.Property(d => d.RecipientOrganisationId).HasColumnName("recipient_organisation_id");
        builder.HasOne(d => d.SupplierNation).WithMany().HasForeignKey(d => d.SupplierNationId).IsRequired(false);
        builder.HasOne(d => d.SupplierOrganisation).WithMany().HasForeignKey(d => d.SupplierOrganisationId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.RecipientNation).WithMany().HasForeignKey(d => d.RecipientNationId).IsRequired(false);
        builder.HasOne(d => d.RecipientOrganisation).WithMany().HasForeignKey(d => d.RecipientOrganisationId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.EndUser).WithMany().HasForeignKey(d => d.EndUserId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.ExactlyOneOf("one_supplier", "supplier_nation_id", "supplier_organisation_id");
        builder.ExactlyOneOf("one_recipient", "recipient_nation_id", "recipient_organisation_id");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_defence_deals_nations_differ", "supplier_nation_id IS NULL OR recipient_nation_id IS NULL OR supplier_nation_id <> recipient_nation_id");
            t.HasCheckConstraint("ck_defence_deals_bodies_differ", "supplier_organisation_id IS NULL OR recipient_organisation_id IS NULL OR supplier_organisation_id <> recipient_organisation_id");
        });
        builder.EnumColumn(d => d.Kind, "kind");
        builder.TextColumn(d => d.Designation, "designation", DefenceDeal.DesignationMaxLength);
        builder.EnumColumn(d => d.Category, "category");

        builder.Property(d => d.Quantity).HasColumnName("quantity");
        builder.OptionalTextColumn(d => d.QuantityUnit, "quantity_unit", DefenceDeal.QuantityUnitMaxLength);
        builder.Property(d => d.QuantityDelivered).HasColumnName("quantity_delivered");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_defence_deals_quantity_positive", "quantity IS NULL OR quantity >= 1");
            t.HasCheckConstraint("ck_defence_deals_unit_with_quantity", "quantity_unit IS NULL OR quantity IS NOT NULL");
            t.HasCheckConstraint("ck_defence_deals_delivered_range", "quantity_delivered IS NULL OR (quantity_delivered >= 0 AND (quantity IS NULL OR quantity_delivered <= quantity))");
        });

        builder.Property(d => d.Value).HasColumnName("value_hundredths");
        builder.Property(d => d.ValueUpTo).HasColumnName("value_up_to_hundredths");
        builder.OptionalCodeColumn(d => d.ValueCurrency, "value_currency", CodePattern.CurrencyCode);
        builder.OptionalEnumColumn(d => d.ValueExactness, "value_exactness");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_defence_deals_value_range", $"value_hundredths IS NULL OR value_hundredths BETWEEN 0 AND {MoneyAmount.MaxHundredths}");
            t.HasCheckConstraint("ck_defence_deals_value_parts", "(value_hundredths IS NULL) = (value_currency IS NULL) AND (value_hundredths IS NULL) = (value_exactness IS NULL)");
            t.HasCheckConstraint("ck_defence_deals_value_up_to", $"(value_up_to_hundredths IS NULL) = (value_exactness IS NULL OR value_exactness <> '{nameof(ValueExactness.Range)}') AND (value_up_to_hundredths IS NULL OR value_up_to_hundredths > value_hundredths)");
        });

        builder.OptionalPartialDateColumn(d => d.DecidedOn, "decided_on");
        builder.OptionalPartialDateColumn(d => d.AwardedOn, "awarded_on");
        builder.OptionalPartialDateColumn(d => d.SignedOn, "signed_on");
        builder.OptionalPartialDateColumn(d => d.DeliveredOn, "delivered_on");
        builder.OptionalPartialDateColumn(d => d.DeliveryDueOn, "delivery_due_on");
        builder.NotBefore("delivered_on", "awarded_on");
        builder.NotBefore("delivered_on", "signed_on");

        // "What a nation (or a company) supplies" and "what a nation receives" start from either side.
        builder.HasIndex(d => new { d.SupplierNationId, d.RecipientNationId }).HasDatabaseName("ix_defence_deals_supplier_nation");
        builder.HasIndex(d => new { d.RecipientNationId, d.SupplierNationId }).HasDatabaseName("ix_defence_deals_recipient_nation");
        builder.HasIndex(d => d.SupplierOrganisationId).HasDatabaseName("ix_defence_deals_supplier_body");
        builder.HasIndex(d => d.RecipientOrganisationId).HasDatabaseName("ix_defence_deals_recipient_body");
        builder.HasIndex(d => d.EndUserId).HasDatabaseName("ix_defence_deals_end_user");
        builder.IsCitedFact();
    }
}
