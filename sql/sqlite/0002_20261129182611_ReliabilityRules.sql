BEGIN TRANSACTION;
ALTER TABLE "working_groups" ADD "version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "post_holdings" ADD "version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "agreements" ADD "version" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "ef_temp_working_groups" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_working_groups" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "established_by_agreement_id" INTEGER NULL,
    "mandate" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ck_working_groups_mandate_not_blank" CHECK (mandate <> '' AND mandate = trim(mandate) AND length(mandate) <= 1000),
    CONSTRAINT "ck_working_groups_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 300),
    CONSTRAINT "ck_working_groups_status" CHECK (status IN ('Planned', 'Active', 'Dissolved')),
    CONSTRAINT "fk_working_groups_agreements_established_by_agreement_id" FOREIGN KEY ("established_by_agreement_id") REFERENCES "agreements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_working_groups_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_working_groups" ("id", "citation_id", "established_by_agreement_id", "mandate", "name", "status", "version")
SELECT "id", "citation_id", "established_by_agreement_id", "mandate", "name", "status", "version"
FROM "working_groups";

CREATE TABLE "ef_temp_statements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_statements" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "made_on" TEXT NULL,
    "speaker_organisation_id" INTEGER NULL,
    "speaker_person_id" INTEGER NULL,
    CONSTRAINT "ck_statements_content_not_blank" CHECK (content <> '' AND content = trim(content) AND length(content) <= 2000),
    CONSTRAINT "ck_statements_form" CHECK (form IN ('DirectQuotation', 'ReportedSpeech')),
    CONSTRAINT "ck_statements_made_on_format" CHECK (made_on IS NULL OR made_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(made_on, 1, 4) <> '0000' AND (length(made_on) = 4 OR (length(made_on) IN (7, 10) AND made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(made_on, 6, 2) BETWEEN '01' AND '12' AND (length(made_on) = 7 OR (made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(made_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_statements_one_speaker" CHECK ((speaker_person_id IS NULL AND speaker_organisation_id IS NOT NULL) OR (speaker_person_id IS NOT NULL AND speaker_organisation_id IS NULL)),
    CONSTRAINT "fk_statements_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_statements_organisations_speaker_organisation_id" FOREIGN KEY ("speaker_organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_statements_people_speaker_person_id" FOREIGN KEY ("speaker_person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_statements" ("id", "citation_id", "content", "form", "made_on", "speaker_organisation_id", "speaker_person_id")
SELECT "id", "citation_id", "content", "form", "made_on", "speaker_organisation_id", "speaker_person_id"
FROM "statements";

CREATE TABLE "ef_temp_source_documents" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_source_documents" PRIMARY KEY AUTOINCREMENT,
    "content_sha256" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "published_on" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "title" TEXT NULL,
    CONSTRAINT "ck_source_documents_content_sha256" CHECK (length(content_sha256) = 64),
    CONSTRAINT "ck_source_documents_key_not_blank" CHECK (key <> '' AND key = trim(key) AND length(key) <= 100),
    CONSTRAINT "ck_source_documents_published_on_format" CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(published_on, 1, 4) <> '0000' AND (length(published_on) = 4 OR (length(published_on) IN (7, 10) AND published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(published_on, 6, 2) BETWEEN '01' AND '12' AND (length(published_on) = 7 OR (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(published_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_source_documents_title_not_blank" CHECK (title IS NULL OR (title <> '' AND title = trim(title) AND length(title) <= 500))
);

INSERT INTO "ef_temp_source_documents" ("id", "content_sha256", "key", "published_on", "text", "title")
SELECT "id", "content_sha256", "key", "published_on", "text", "title"
FROM "source_documents";

CREATE TABLE "ef_temp_security_issues" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_security_issues" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "ck_security_issues_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "fk_security_issues_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_security_issues" ("id", "citation_id", "name")
SELECT "id", "citation_id", "name"
FROM "security_issues";

CREATE TABLE "ef_temp_regions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_regions" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "ck_regions_kind" CHECK (kind IN ('MaritimeArea', 'GeopoliticalRegion')),
    CONSTRAINT "ck_regions_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "fk_regions_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_regions" ("id", "citation_id", "kind", "name")
SELECT "id", "citation_id", "kind", "name"
FROM "regions";

CREATE TABLE "ef_temp_posts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_posts" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "nation_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "ck_posts_title_not_blank" CHECK (title <> '' AND title = trim(title) AND length(title) <= 200),
    CONSTRAINT "fk_posts_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_posts_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_posts_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_posts" ("id", "citation_id", "nation_id", "organisation_id", "title")
SELECT "id", "citation_id", "nation_id", "organisation_id", "title"
FROM "posts";

CREATE TABLE "ef_temp_post_holdings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_post_holdings" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "ended_on" TEXT NULL,
    "person_id" INTEGER NOT NULL,
    "post_id" INTEGER NOT NULL,
    "started_on" TEXT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ck_post_holdings_ended_on_format" CHECK (ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_post_holdings_ended_on_not_before_started_on" CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= substr(started_on, 1, length(ended_on))),
    CONSTRAINT "ck_post_holdings_started_on_format" CHECK (started_on IS NULL OR started_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(started_on, 1, 4) <> '0000' AND (length(started_on) = 4 OR (length(started_on) IN (7, 10) AND started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(started_on, 6, 2) BETWEEN '01' AND '12' AND (length(started_on) = 7 OR (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(started_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "fk_post_holdings_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_post_holdings_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_post_holdings_posts_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_post_holdings" ("id", "citation_id", "ended_on", "person_id", "post_id", "started_on", "version")
SELECT "id", "citation_id", "ended_on", "person_id", "post_id", "started_on", "version"
FROM "post_holdings";

CREATE TABLE "ef_temp_policies" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_policies" PRIMARY KEY AUTOINCREMENT,
    "aim" TEXT NULL,
    "citation_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_policies_aim_not_blank" CHECK (aim IS NULL OR (aim <> '' AND aim = trim(aim) AND length(aim) <= 1000)),
    CONSTRAINT "ck_policies_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "fk_policies_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_policies_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_policies" ("id", "aim", "citation_id", "name", "nation_id")
SELECT "id", "aim", "citation_id", "name", "nation_id"
FROM "policies";

CREATE TABLE "ef_temp_people" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_people" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "rank" TEXT NULL,
    CONSTRAINT "ck_people_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "ck_people_rank_not_blank" CHECK (rank IS NULL OR (rank <> '' AND rank = trim(rank) AND length(rank) <= 50)),
    CONSTRAINT "fk_people_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_people" ("id", "citation_id", "name", "rank")
SELECT "id", "citation_id", "name", "rank"
FROM "people";

CREATE TABLE "ef_temp_organisations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_organisations" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "host_nation_id" INTEGER NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_organisations_host_nation_id_differs" CHECK (host_nation_id <> nation_id),
    CONSTRAINT "ck_organisations_kind" CHECK (kind IN ('DefenceMinistry', 'ArmedForces', 'Army', 'Navy', 'AirForce', 'Embassy', 'GovernmentBody')),
    CONSTRAINT "ck_organisations_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "fk_organisations_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_organisations_nations_host_nation_id" FOREIGN KEY ("host_nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_organisations_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_organisations" ("id", "citation_id", "host_nation_id", "kind", "name", "nation_id")
SELECT "id", "citation_id", "host_nation_id", "kind", "name", "nation_id"
FROM "organisations";

CREATE TABLE "ef_temp_nations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_nations" PRIMARY KEY AUTOINCREMENT,
    "alpha2_code" TEXT NOT NULL,
    "alpha3_code" TEXT NOT NULL,
    "citation_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "numeric_code" TEXT NOT NULL,
    CONSTRAINT "ck_nations_alpha2_code" CHECK (alpha2_code GLOB '[A-Z][A-Z]'),
    CONSTRAINT "ck_nations_alpha3_code" CHECK (alpha3_code GLOB '[A-Z][A-Z][A-Z]'),
    CONSTRAINT "ck_nations_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "ck_nations_numeric_code" CHECK (numeric_code GLOB '[0-9][0-9][0-9]'),
    CONSTRAINT "fk_nations_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_nations" ("id", "alpha2_code", "alpha3_code", "citation_id", "name", "numeric_code")
SELECT "id", "alpha2_code", "alpha3_code", "citation_id", "name", "numeric_code"
FROM "nations";

CREATE TABLE "ef_temp_national_aims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_national_aims" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "nation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_national_aims_description_not_blank" CHECK (description <> '' AND description = trim(description) AND length(description) <= 1000),
    CONSTRAINT "fk_national_aims_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_national_aims_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_national_aims" ("id", "citation_id", "description", "nation_id")
SELECT "id", "citation_id", "description", "nation_id"
FROM "national_aims";

CREATE TABLE "ef_temp_military_exercises" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_military_exercises" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "ended_on" TEXT NULL,
    "name" TEXT NOT NULL,
    "started_on" TEXT NULL,
    CONSTRAINT "ck_military_exercises_ended_on_format" CHECK (ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_military_exercises_ended_on_not_before_started_on" CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= substr(started_on, 1, length(ended_on))),
    CONSTRAINT "ck_military_exercises_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "ck_military_exercises_started_on_format" CHECK (started_on IS NULL OR started_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(started_on, 1, 4) <> '0000' AND (length(started_on) = 4 OR (length(started_on) IN (7, 10) AND started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(started_on, 6, 2) BETWEEN '01' AND '12' AND (length(started_on) = 7 OR (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(started_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "fk_military_exercises_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_military_exercises" ("id", "citation_id", "ended_on", "name", "started_on")
SELECT "id", "citation_id", "ended_on", "name", "started_on"
FROM "military_exercises";

CREATE TABLE "ef_temp_engagements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_engagements" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "held_on" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    CONSTRAINT "ck_engagements_held_on_format" CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(held_on, 1, 4) <> '0000' AND (length(held_on) = 4 OR (length(held_on) IN (7, 10) AND held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(held_on, 6, 2) BETWEEN '01' AND '12' AND (length(held_on) = 7 OR (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(held_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_engagements_kind" CHECK (kind IN ('Talks', 'Meeting', 'Visit', 'Dialogue')),
    CONSTRAINT "ck_engagements_subject_not_blank" CHECK (subject <> '' AND subject = trim(subject) AND length(subject) <= 500),
    CONSTRAINT "fk_engagements_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_engagements" ("id", "citation_id", "held_on", "kind", "subject")
SELECT "id", "citation_id", "held_on", "kind", "subject"
FROM "engagements";

CREATE TABLE "ef_temp_cooperation_areas" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cooperation_areas" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "ck_cooperation_areas_name_not_blank" CHECK (name <> '' AND name = trim(name) AND length(name) <= 200),
    CONSTRAINT "fk_cooperation_areas_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_cooperation_areas" ("id", "citation_id", "name")
SELECT "id", "citation_id", "name"
FROM "cooperation_areas";

CREATE TABLE "ef_temp_citations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_citations" PRIMARY KEY AUTOINCREMENT,
    "length" INTEGER NOT NULL,
    "passage" TEXT NOT NULL,
    "source_document_id" INTEGER NOT NULL,
    "start_index" INTEGER NOT NULL,
    CONSTRAINT "ck_citations_length" CHECK (length = length(passage)),
    CONSTRAINT "ck_citations_passage_not_blank" CHECK (passage <> '' AND passage = trim(passage) AND length(passage) <= 2000),
    CONSTRAINT "ck_citations_start_index" CHECK (start_index >= 0),
    CONSTRAINT "fk_citations_source_documents_source_document_id" FOREIGN KEY ("source_document_id") REFERENCES "source_documents" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_citations" ("id", "length", "passage", "source_document_id", "start_index")
SELECT "id", "length", "passage", "source_document_id", "start_index"
FROM "citations";

CREATE TABLE "ef_temp_applied_seeds" (
    "key" TEXT NOT NULL CONSTRAINT "pk_applied_seeds" PRIMARY KEY,
    "applied_at" TEXT NOT NULL,
    CONSTRAINT "ck_applied_seeds_key_not_blank" CHECK (key <> '' AND key = trim(key) AND length(key) <= 150)
);

INSERT INTO "ef_temp_applied_seeds" ("key", "applied_at")
SELECT "key", "applied_at"
FROM "applied_seeds";

CREATE TABLE "ef_temp_agreements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_agreements" PRIMARY KEY AUTOINCREMENT,
    "citation_id" INTEGER NOT NULL,
    "concluded_on" TEXT NULL,
    "ended_on" TEXT NULL,
    "engagement_id" INTEGER NULL,
    "entered_into_force_on" TEXT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ck_agreements_concluded_on_format" CHECK (concluded_on IS NULL OR concluded_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(concluded_on, 1, 4) <> '0000' AND (length(concluded_on) = 4 OR (length(concluded_on) IN (7, 10) AND concluded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(concluded_on, 6, 2) BETWEEN '01' AND '12' AND (length(concluded_on) = 7 OR (concluded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(concluded_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_agreements_ended_on_format" CHECK (ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_agreements_ended_on_not_before_concluded_on" CHECK (ended_on IS NULL OR concluded_on IS NULL OR ended_on >= substr(concluded_on, 1, length(ended_on))),
    CONSTRAINT "ck_agreements_ended_on_not_before_entered_into_force_on" CHECK (ended_on IS NULL OR entered_into_force_on IS NULL OR ended_on >= substr(entered_into_force_on, 1, length(ended_on))),
    CONSTRAINT "ck_agreements_entered_into_force_on_format" CHECK (entered_into_force_on IS NULL OR entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(entered_into_force_on, 1, 4) <> '0000' AND (length(entered_into_force_on) = 4 OR (length(entered_into_force_on) IN (7, 10) AND entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(entered_into_force_on, 6, 2) BETWEEN '01' AND '12' AND (length(entered_into_force_on) = 7 OR (entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(entered_into_force_on, 9, 2) BETWEEN '01' AND '31'))))),
    CONSTRAINT "ck_agreements_entered_into_force_on_not_before_concluded_on" CHECK (entered_into_force_on IS NULL OR concluded_on IS NULL OR entered_into_force_on >= substr(concluded_on, 1, length(entered_into_force_on))),
    CONSTRAINT "ck_agreements_kind" CHECK (kind IN ('MemorandumOfUnderstanding', 'DecisionToEstablish', 'Treaty', 'JointDeclaration', 'Other')),
    CONSTRAINT "ck_agreements_status" CHECK (status IN ('Agreed', 'Signed', 'InForce', 'Ended')),
    CONSTRAINT "ck_agreements_subject_not_blank" CHECK (subject <> '' AND subject = trim(subject) AND length(subject) <= 500),
    CONSTRAINT "ck_agreements_title_not_blank" CHECK (title <> '' AND title = trim(title) AND length(title) <= 300),
    CONSTRAINT "fk_agreements_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_agreements_engagements_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "engagements" ("id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_agreements" ("id", "citation_id", "concluded_on", "ended_on", "engagement_id", "entered_into_force_on", "kind", "status", "subject", "title", "version")
SELECT "id", "citation_id", "concluded_on", "ended_on", "engagement_id", "entered_into_force_on", "kind", "status", "subject", "title", "version"
FROM "agreements";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "working_groups";

ALTER TABLE "ef_temp_working_groups" RENAME TO "working_groups";

DROP TABLE "statements";

ALTER TABLE "ef_temp_statements" RENAME TO "statements";

DROP TABLE "source_documents";

ALTER TABLE "ef_temp_source_documents" RENAME TO "source_documents";

DROP TABLE "security_issues";

ALTER TABLE "ef_temp_security_issues" RENAME TO "security_issues";

DROP TABLE "regions";

ALTER TABLE "ef_temp_regions" RENAME TO "regions";

DROP TABLE "posts";

ALTER TABLE "ef_temp_posts" RENAME TO "posts";

DROP TABLE "post_holdings";

ALTER TABLE "ef_temp_post_holdings" RENAME TO "post_holdings";

DROP TABLE "policies";

ALTER TABLE "ef_temp_policies" RENAME TO "policies";

DROP TABLE "people";

ALTER TABLE "ef_temp_people" RENAME TO "people";

DROP TABLE "organisations";

ALTER TABLE "ef_temp_organisations" RENAME TO "organisations";

DROP TABLE "nations";

ALTER TABLE "ef_temp_nations" RENAME TO "nations";

DROP TABLE "national_aims";

ALTER TABLE "ef_temp_national_aims" RENAME TO "national_aims";

DROP TABLE "military_exercises";

ALTER TABLE "ef_temp_military_exercises" RENAME TO "military_exercises";

DROP TABLE "engagements";

ALTER TABLE "ef_temp_engagements" RENAME TO "engagements";

DROP TABLE "cooperation_areas";

ALTER TABLE "ef_temp_cooperation_areas" RENAME TO "cooperation_areas";

DROP TABLE "citations";

ALTER TABLE "ef_temp_citations" RENAME TO "citations";

DROP TABLE "applied_seeds";

ALTER TABLE "ef_temp_applied_seeds" RENAME TO "applied_seeds";

DROP TABLE "agreements";

ALTER TABLE "ef_temp_agreements" RENAME TO "agreements";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "ix_working_groups_citation_id" ON "working_groups" ("citation_id");

CREATE INDEX "ix_working_groups_established_by_agreement_id" ON "working_groups" ("established_by_agreement_id");

CREATE UNIQUE INDEX "ix_working_groups_name" ON "working_groups" ("name");

CREATE INDEX "ix_statements_citation_id" ON "statements" ("citation_id");

CREATE INDEX "ix_statements_speaker_organisation_id" ON "statements" ("speaker_organisation_id");

CREATE INDEX "ix_statements_speaker_person_id" ON "statements" ("speaker_person_id");

CREATE UNIQUE INDEX "ix_source_documents_key" ON "source_documents" ("key");

CREATE INDEX "ix_security_issues_citation_id" ON "security_issues" ("citation_id");

CREATE UNIQUE INDEX "ix_security_issues_name" ON "security_issues" ("name");

CREATE INDEX "ix_regions_citation_id" ON "regions" ("citation_id");

CREATE UNIQUE INDEX "ix_regions_name" ON "regions" ("name");

CREATE INDEX "ix_posts_citation_id" ON "posts" ("citation_id");

CREATE UNIQUE INDEX "ix_posts_nation_id_title" ON "posts" ("nation_id", "title");

CREATE INDEX "ix_posts_organisation_id" ON "posts" ("organisation_id");

CREATE INDEX "ix_post_holdings_citation_id" ON "post_holdings" ("citation_id");

CREATE INDEX "ix_post_holdings_person_id_post_id" ON "post_holdings" ("person_id", "post_id");

CREATE INDEX "ix_post_holdings_post_id" ON "post_holdings" ("post_id");

CREATE INDEX "ix_policies_citation_id" ON "policies" ("citation_id");

CREATE UNIQUE INDEX "ix_policies_nation_id_name" ON "policies" ("nation_id", "name");

CREATE INDEX "ix_people_citation_id" ON "people" ("citation_id");

CREATE INDEX "ix_people_name" ON "people" ("name");

CREATE INDEX "ix_organisations_citation_id" ON "organisations" ("citation_id");

CREATE INDEX "ix_organisations_host_nation_id" ON "organisations" ("host_nation_id");

CREATE UNIQUE INDEX "ix_organisations_nation_id_name" ON "organisations" ("nation_id", "name");

CREATE UNIQUE INDEX "ix_nations_alpha2_code" ON "nations" ("alpha2_code");

CREATE UNIQUE INDEX "ix_nations_alpha3_code" ON "nations" ("alpha3_code");

CREATE INDEX "ix_nations_citation_id" ON "nations" ("citation_id");

CREATE UNIQUE INDEX "ix_nations_name" ON "nations" ("name");

CREATE UNIQUE INDEX "ix_nations_numeric_code" ON "nations" ("numeric_code");

CREATE INDEX "ix_national_aims_citation_id" ON "national_aims" ("citation_id");

CREATE INDEX "ix_national_aims_nation_id" ON "national_aims" ("nation_id");

CREATE INDEX "ix_military_exercises_citation_id" ON "military_exercises" ("citation_id");

CREATE UNIQUE INDEX "ix_military_exercises_name" ON "military_exercises" ("name");

CREATE INDEX "ix_engagements_citation_id" ON "engagements" ("citation_id");

CREATE INDEX "ix_engagements_held_on" ON "engagements" ("held_on");

CREATE INDEX "ix_cooperation_areas_citation_id" ON "cooperation_areas" ("citation_id");

CREATE UNIQUE INDEX "ix_cooperation_areas_name" ON "cooperation_areas" ("name");

CREATE UNIQUE INDEX "ix_citations_source_document_id_start_index_length" ON "citations" ("source_document_id", "start_index", "length");

CREATE INDEX "ix_agreements_citation_id" ON "agreements" ("citation_id");

CREATE INDEX "ix_agreements_concluded_on" ON "agreements" ("concluded_on");

CREATE INDEX "ix_agreements_engagement_id" ON "agreements" ("engagement_id");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("migration_id", "product_version")
VALUES ('20261129182611_ReliabilityRules', '10.0.15');

