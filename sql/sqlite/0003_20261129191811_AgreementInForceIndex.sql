BEGIN TRANSACTION;
CREATE INDEX "ix_agreements_entered_into_force_on_concluded_on" ON "agreements" ("entered_into_force_on", "concluded_on");

INSERT INTO "__EFMigrationsHistory" ("migration_id", "product_version")
VALUES ('20261129191811_AgreementInForceIndex', '10.0.15');

COMMIT;

