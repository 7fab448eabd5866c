using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefenceTies.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgreementInForceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_agreements_entered_into_force_on_concluded_on",
                table: "agreements",
                columns: new[] { "entered_into_force_on", "concluded_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_agreements_entered_into_force_on_concluded_on",
                table: "agreements");
        }
    }
}
