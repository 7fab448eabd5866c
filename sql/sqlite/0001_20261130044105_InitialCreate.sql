CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "migration_id" TEXT NOT NULL CONSTRAINT "pk___ef_migrations_history" PRIMARY KEY,
    "product_version" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "applied_seeds" (
    "key" TEXT NOT NULL CONSTRAINT "pk_applied_seeds" PRIMARY KEY,
    "applied_at" TEXT NOT NULL,
    CONSTRAINT "ck_applied_seeds_key_characters" CHECK (NOT ((instr(CAST(key AS BLOB), X'00') > 0 OR key GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_applied_seeds_key_not_blank" CHECK ((key <> '' AND NOT (substr(key, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(key, length(key), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(key) <= 150)),
    CONSTRAINT "ck_applied_seeds_key_visible" CHECK (key GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*')
);

CREATE TABLE "source_documents" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_source_documents" PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "title" TEXT NULL,
    "origin" TEXT NOT NULL,
    "published_on" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "content_sha256" TEXT NOT NULL,
    CONSTRAINT "ck_source_documents_content_sha256" CHECK (length(content_sha256) = 64),
    CONSTRAINT "ck_source_documents_key_characters" CHECK (NOT ((instr(CAST(key AS BLOB), X'00') > 0 OR key GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_source_documents_key_not_blank" CHECK ((key <> '' AND NOT (substr(key, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(key, length(key), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(key) <= 100)),
    CONSTRAINT "ck_source_documents_key_visible" CHECK (key GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_source_documents_origin" CHECK (origin IN ('NewsReport', 'ReferenceData')),
    CONSTRAINT "ck_source_documents_published_on_format" CHECK (CASE WHEN published_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(published_on, 1, 4) <> '0000' AND (length(published_on) = 4 OR (length(published_on) IN (7, 10) AND published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(published_on, 6, 2) BETWEEN '01' AND '12' AND (length(published_on) = 7 OR (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(published_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(published_on) < 10 OR substr(published_on, 9, 2) <= CASE substr(published_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(published_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(published_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(published_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_source_documents_text_characters" CHECK (NOT ((instr(CAST(text AS BLOB), X'00') > 0 OR text GLOB '*[' || char(1, 45, 8, 11, 45, 12, 14, 45, 31, 127, 45, 159) || ']*'))),
    CONSTRAINT "ck_source_documents_text_not_blank" CHECK ((text <> '')),
    CONSTRAINT "ck_source_documents_text_visible" CHECK (text GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_source_documents_title_characters" CHECK (title IS NULL OR NOT ((instr(CAST(title AS BLOB), X'00') > 0 OR title GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_source_documents_title_not_blank" CHECK (title IS NULL OR (title <> '' AND NOT (substr(title, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(title, length(title), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(title) <= 500)),
    CONSTRAINT "ck_source_documents_title_visible" CHECK (title IS NULL OR title GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*')
);

CREATE TABLE "citations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_citations" PRIMARY KEY AUTOINCREMENT,
    "source_document_id" INTEGER NOT NULL,
    "passage" TEXT NOT NULL,
    "start_index" INTEGER NOT NULL,
    "length" INTEGER NOT NULL,
    "support" TEXT NOT NULL,
    "note" TEXT NULL,
    "corroborates_id" INTEGER NULL,
    CONSTRAINT "ck_citations_corroborates_other" CHECK (corroborates_id IS NULL OR corroborates_id <> id),
    CONSTRAINT "ck_citations_implied_note" CHECK (support <> 'Implied' OR note IS NOT NULL),
    CONSTRAINT "ck_citations_length" CHECK (length = length(passage) OR (passage GLOB '*[' || char(65536, 45, 1114111) || ']*' AND length > length(passage) AND length <= 2 * length(passage))),
    CONSTRAINT "ck_citations_note_characters" CHECK (note IS NULL OR NOT ((instr(CAST(note AS BLOB), X'00') > 0 OR note GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_citations_note_not_blank" CHECK (note IS NULL OR (note <> '' AND NOT (substr(note, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(note, length(note), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(note) <= 1000)),
    CONSTRAINT "ck_citations_note_visible" CHECK (note IS NULL OR note GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_citations_passage_characters" CHECK (NOT ((instr(CAST(passage AS BLOB), X'00') > 0 OR passage GLOB '*[' || char(1, 45, 8, 11, 45, 12, 14, 45, 31, 127, 45, 159) || ']*'))),
    CONSTRAINT "ck_citations_passage_not_blank" CHECK ((passage <> '' AND NOT (substr(passage, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(passage, length(passage), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(passage) <= 2000)),
    CONSTRAINT "ck_citations_passage_visible" CHECK (passage GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_citations_start_index" CHECK (start_index >= 0),
    CONSTRAINT "ck_citations_support" CHECK (support IN ('Stated', 'Implied', 'Reference')),
    CONSTRAINT "fk_citations_citations_corroborates_id" FOREIGN KEY ("corroborates_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_citations_source_documents_source_document_id" FOREIGN KEY ("source_document_id") REFERENCES "source_documents" ("id") ON DELETE RESTRICT
);

CREATE TABLE "cooperation_areas" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cooperation_areas" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_cooperation_areas_name_characters" CHECK (NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_cooperation_areas_name_not_blank" CHECK ((name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_cooperation_areas_name_visible" CHECK (name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_cooperation_areas_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "engagements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_engagements" PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "held_on" TEXT NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_engagements_held_on_format" CHECK (CASE WHEN held_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(held_on, 1, 4) <> '0000' AND (length(held_on) = 4 OR (length(held_on) IN (7, 10) AND held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(held_on, 6, 2) BETWEEN '01' AND '12' AND (length(held_on) = 7 OR (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(held_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(held_on) < 10 OR substr(held_on, 9, 2) <= CASE substr(held_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(held_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(held_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(held_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_engagements_kind" CHECK (kind IN ('Talks', 'Meeting', 'Visit', 'Dialogue')),
    CONSTRAINT "ck_engagements_subject_characters" CHECK (NOT ((instr(CAST(subject AS BLOB), X'00') > 0 OR subject GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_engagements_subject_not_blank" CHECK ((subject <> '' AND NOT (substr(subject, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(subject, length(subject), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(subject) <= 500)),
    CONSTRAINT "ck_engagements_subject_visible" CHECK (subject GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_engagements_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "military_exercises" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_military_exercises" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "started_on" TEXT NULL,
    "ended_on" TEXT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_military_exercises_ended_on_format" CHECK (ended_on IS NULL OR CASE WHEN ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(ended_on) < 10 OR substr(ended_on, 9, 2) <= CASE substr(ended_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(ended_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(ended_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(ended_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_military_exercises_ended_on_not_before_started_on" CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= substr(started_on, 1, length(ended_on))),
    CONSTRAINT "ck_military_exercises_name_characters" CHECK (NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_military_exercises_name_not_blank" CHECK ((name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_military_exercises_name_visible" CHECK (name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_military_exercises_started_on_format" CHECK (started_on IS NULL OR CASE WHEN started_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(started_on, 1, 4) <> '0000' AND (length(started_on) = 4 OR (length(started_on) IN (7, 10) AND started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(started_on, 6, 2) BETWEEN '01' AND '12' AND (length(started_on) = 7 OR (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(started_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(started_on) < 10 OR substr(started_on, 9, 2) <= CASE substr(started_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(started_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(started_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(started_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "fk_military_exercises_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "nations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_nations" PRIMARY KEY AUTOINCREMENT,
    "alpha2_code" TEXT NOT NULL,
    "alpha3_code" TEXT NOT NULL,
    "numeric_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "correlates_of_war_code" INTEGER NULL,
    "correlates_of_war_abbreviation" TEXT NULL,
    "gleditsch_ward_code" INTEGER NULL,
    "gleditsch_ward_abbreviation" TEXT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_nations_alpha2_code" CHECK (alpha2_code GLOB '[A-Z][A-Z]'),
    CONSTRAINT "ck_nations_alpha3_code" CHECK (alpha3_code GLOB '[A-Z][A-Z][A-Z]'),
    CONSTRAINT "ck_nations_correlates_of_war_abbreviation" CHECK (correlates_of_war_abbreviation IS NULL OR correlates_of_war_abbreviation GLOB '[A-Z][A-Z][A-Z]'),
    CONSTRAINT "ck_nations_correlates_of_war_code" CHECK (correlates_of_war_code IS NULL OR correlates_of_war_code BETWEEN 1 AND 999),
    CONSTRAINT "ck_nations_correlates_of_war_code_paired" CHECK ((correlates_of_war_code IS NULL AND correlates_of_war_abbreviation IS NULL) OR (correlates_of_war_code IS NOT NULL AND correlates_of_war_abbreviation IS NOT NULL)),
    CONSTRAINT "ck_nations_gleditsch_ward_abbreviation" CHECK (gleditsch_ward_abbreviation IS NULL OR gleditsch_ward_abbreviation GLOB '[A-Z][A-Z][A-Z]'),
    CONSTRAINT "ck_nations_gleditsch_ward_code" CHECK (gleditsch_ward_code IS NULL OR gleditsch_ward_code BETWEEN 1 AND 999),
    CONSTRAINT "ck_nations_gleditsch_ward_code_paired" CHECK ((gleditsch_ward_code IS NULL AND gleditsch_ward_abbreviation IS NULL) OR (gleditsch_ward_code IS NOT NULL AND gleditsch_ward_abbreviation IS NOT NULL)),
    CONSTRAINT "ck_nations_name_characters" CHECK (NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_nations_name_not_blank" CHECK ((name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_nations_name_visible" CHECK (name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_nations_numeric_code" CHECK (numeric_code GLOB '[0-9][0-9][0-9]'),
    CONSTRAINT "fk_nations_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "people" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_people" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "rank" TEXT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_people_name_characters" CHECK (NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_people_name_not_blank" CHECK ((name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_people_name_visible" CHECK (name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_people_rank_characters" CHECK (rank IS NULL OR NOT ((instr(CAST(rank AS BLOB), X'00') > 0 OR rank GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_people_rank_not_blank" CHECK (rank IS NULL OR (rank <> '' AND NOT (substr(rank, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(rank, length(rank), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(rank) <= 50)),
    CONSTRAINT "ck_people_rank_visible" CHECK (rank IS NULL OR rank GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_people_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "regions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_regions" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_regions_kind" CHECK (kind IN ('MaritimeArea', 'GeopoliticalRegion')),
    CONSTRAINT "ck_regions_name_characters" CHECK (NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_regions_name_not_blank" CHECK ((name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_regions_name_visible" CHECK (name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_regions_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "security_issues" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_security_issues" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_security_issues_name_characters" CHECK (NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_security_issues_name_not_blank" CHECK ((name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_security_issues_name_visible" CHECK (name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_security_issues_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "agreements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_agreements" PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "significance" TEXT NULL,
    "concluded_on" TEXT NULL,
    "entered_into_force_on" TEXT NULL,
    "ended_on" TEXT NULL,
    "engagement_id" INTEGER NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_agreements_concluded_on_format" CHECK (concluded_on IS NULL OR CASE WHEN concluded_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(concluded_on, 1, 4) <> '0000' AND (length(concluded_on) = 4 OR (length(concluded_on) IN (7, 10) AND concluded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(concluded_on, 6, 2) BETWEEN '01' AND '12' AND (length(concluded_on) = 7 OR (concluded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(concluded_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(concluded_on) < 10 OR substr(concluded_on, 9, 2) <= CASE substr(concluded_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(concluded_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(concluded_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(concluded_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_agreements_ended_on_format" CHECK (ended_on IS NULL OR CASE WHEN ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(ended_on) < 10 OR substr(ended_on, 9, 2) <= CASE substr(ended_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(ended_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(ended_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(ended_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_agreements_ended_on_not_before_concluded_on" CHECK (ended_on IS NULL OR concluded_on IS NULL OR ended_on >= substr(concluded_on, 1, length(ended_on))),
    CONSTRAINT "ck_agreements_ended_on_not_before_entered_into_force_on" CHECK (ended_on IS NULL OR entered_into_force_on IS NULL OR ended_on >= substr(entered_into_force_on, 1, length(ended_on))),
    CONSTRAINT "ck_agreements_entered_into_force_on_format" CHECK (entered_into_force_on IS NULL OR CASE WHEN entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(entered_into_force_on, 1, 4) <> '0000' AND (length(entered_into_force_on) = 4 OR (length(entered_into_force_on) IN (7, 10) AND entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(entered_into_force_on, 6, 2) BETWEEN '01' AND '12' AND (length(entered_into_force_on) = 7 OR (entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(entered_into_force_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(entered_into_force_on) < 10 OR substr(entered_into_force_on, 9, 2) <= CASE substr(entered_into_force_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(entered_into_force_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(entered_into_force_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(entered_into_force_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_agreements_entered_into_force_on_not_before_concluded_on" CHECK (entered_into_force_on IS NULL OR concluded_on IS NULL OR entered_into_force_on >= substr(concluded_on, 1, length(entered_into_force_on))),
    CONSTRAINT "ck_agreements_kind" CHECK (kind IN ('MemorandumOfUnderstanding', 'DecisionToEstablish', 'Treaty', 'JointDeclaration', 'Other')),
    CONSTRAINT "ck_agreements_significance_characters" CHECK (significance IS NULL OR NOT ((instr(CAST(significance AS BLOB), X'00') > 0 OR significance GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_agreements_significance_not_blank" CHECK (significance IS NULL OR (significance <> '' AND NOT (substr(significance, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(significance, length(significance), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(significance) <= 500)),
    CONSTRAINT "ck_agreements_significance_visible" CHECK (significance IS NULL OR significance GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_agreements_status" CHECK (status IN ('Agreed', 'Signed', 'InForce', 'Ended')),
    CONSTRAINT "ck_agreements_subject_characters" CHECK (NOT ((instr(CAST(subject AS BLOB), X'00') > 0 OR subject GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_agreements_subject_not_blank" CHECK ((subject <> '' AND NOT (substr(subject, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(subject, length(subject), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(subject) <= 500)),
    CONSTRAINT "ck_agreements_subject_visible" CHECK (subject GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_agreements_title_characters" CHECK (title IS NULL OR NOT ((instr(CAST(title AS BLOB), X'00') > 0 OR title GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_agreements_title_not_blank" CHECK (title IS NULL OR (title <> '' AND NOT (substr(title, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(title, length(title), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(title) <= 300)),
    CONSTRAINT "ck_agreements_title_visible" CHECK (title IS NULL OR title GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_agreements_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_agreements_engagements_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "engagements" ("id") ON DELETE RESTRICT
);

CREATE TABLE "engagement_topics" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_engagement_topics" PRIMARY KEY AUTOINCREMENT,
    "engagement_id" INTEGER NOT NULL,
    "cooperation_area_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_engagement_topics_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_engagement_topics_cooperation_areas_cooperation_area_id" FOREIGN KEY ("cooperation_area_id") REFERENCES "cooperation_areas" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_engagement_topics_engagements_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "engagements" ("id") ON DELETE RESTRICT
);

CREATE TABLE "delegations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_delegations" PRIMARY KEY AUTOINCREMENT,
    "engagement_id" INTEGER NOT NULL,
    "nation_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_delegations_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_delegations_engagements_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "engagements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_delegations_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "national_aims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_national_aims" PRIMARY KEY AUTOINCREMENT,
    "nation_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_national_aims_description_characters" CHECK (NOT ((instr(CAST(description AS BLOB), X'00') > 0 OR description GLOB '*[' || char(1, 45, 8, 11, 45, 12, 14, 45, 31, 127, 45, 159) || ']*'))),
    CONSTRAINT "ck_national_aims_description_not_blank" CHECK ((description <> '' AND NOT (substr(description, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(description, length(description), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(description) <= 1000)),
    CONSTRAINT "ck_national_aims_description_visible" CHECK (description GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_national_aims_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_national_aims_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "organisations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_organisations" PRIMARY KEY AUTOINCREMENT,
    "nation_id" INTEGER NOT NULL,
    "name" TEXT NULL,
    "kind" TEXT NOT NULL,
    "host_nation_id" INTEGER NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_organisations_host_nation_id_differs" CHECK (host_nation_id <> nation_id),
    CONSTRAINT "ck_organisations_kind" CHECK (kind IN ('DefenceMinistry', 'ArmedForces', 'Army', 'Navy', 'AirForce', 'Embassy', 'GovernmentBody')),
    CONSTRAINT "ck_organisations_name_characters" CHECK (name IS NULL OR NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_organisations_name_not_blank" CHECK (name IS NULL OR (name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_organisations_name_visible" CHECK (name IS NULL OR name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_organisations_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_organisations_nations_host_nation_id" FOREIGN KEY ("host_nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_organisations_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "policies" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_policies" PRIMARY KEY AUTOINCREMENT,
    "nation_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "aim" TEXT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_policies_aim_characters" CHECK (aim IS NULL OR NOT ((instr(CAST(aim AS BLOB), X'00') > 0 OR aim GLOB '*[' || char(1, 45, 8, 11, 45, 12, 14, 45, 31, 127, 45, 159) || ']*'))),
    CONSTRAINT "ck_policies_aim_not_blank" CHECK (aim IS NULL OR (aim <> '' AND NOT (substr(aim, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(aim, length(aim), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(aim) <= 1000)),
    CONSTRAINT "ck_policies_aim_visible" CHECK (aim IS NULL OR aim GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_policies_name_characters" CHECK (NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_policies_name_not_blank" CHECK ((name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 200)),
    CONSTRAINT "ck_policies_name_visible" CHECK (name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_policies_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_policies_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "nation_relations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_nation_relations" PRIMARY KEY AUTOINCREMENT,
    "subject_nation_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "counterpart_nation_id" INTEGER NOT NULL,
    "region_id" INTEGER NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_nation_relations_counterpart_nation_id_differs" CHECK (counterpart_nation_id <> subject_nation_id),
    CONSTRAINT "ck_nation_relations_kind" CHECK (kind IN ('MaritimeNeighbour', 'LandNeighbour', 'ValuedPartner', 'SharedThreatPerception', 'GrowingDefenceTies')),
    CONSTRAINT "fk_nation_relations_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_nation_relations_nations_counterpart_nation_id" FOREIGN KEY ("counterpart_nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_nation_relations_nations_subject_nation_id" FOREIGN KEY ("subject_nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_nation_relations_regions_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT
);

CREATE TABLE "security_issue_regions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_security_issue_regions" PRIMARY KEY AUTOINCREMENT,
    "security_issue_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_security_issue_regions_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_security_issue_regions_regions_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_security_issue_regions_security_issues_security_issue_id" FOREIGN KEY ("security_issue_id") REFERENCES "security_issues" ("id") ON DELETE RESTRICT
);

CREATE TABLE "agreement_parties" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_agreement_parties" PRIMARY KEY AUTOINCREMENT,
    "agreement_id" INTEGER NOT NULL,
    "nation_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_agreement_parties_agreements_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "agreements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_agreement_parties_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_agreement_parties_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "working_groups" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_working_groups" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NULL,
    "mandate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "established_by_agreement_id" INTEGER NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_working_groups_mandate_characters" CHECK (NOT ((instr(CAST(mandate AS BLOB), X'00') > 0 OR mandate GLOB '*[' || char(1, 45, 8, 11, 45, 12, 14, 45, 31, 127, 45, 159) || ']*'))),
    CONSTRAINT "ck_working_groups_mandate_not_blank" CHECK ((mandate <> '' AND NOT (substr(mandate, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(mandate, length(mandate), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(mandate) <= 1000)),
    CONSTRAINT "ck_working_groups_mandate_visible" CHECK (mandate GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_working_groups_name_characters" CHECK (name IS NULL OR NOT ((instr(CAST(name AS BLOB), X'00') > 0 OR name GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_working_groups_name_not_blank" CHECK (name IS NULL OR (name <> '' AND NOT (substr(name, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(name, length(name), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(name) <= 300)),
    CONSTRAINT "ck_working_groups_name_visible" CHECK (name IS NULL OR name GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_working_groups_status" CHECK (status IN ('Planned', 'Active', 'Dissolved')),
    CONSTRAINT "fk_working_groups_agreements_established_by_agreement_id" FOREIGN KEY ("established_by_agreement_id") REFERENCES "agreements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_working_groups_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "exercise_participants" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_exercise_participants" PRIMARY KEY AUTOINCREMENT,
    "exercise_id" INTEGER NOT NULL,
    "nation_id" INTEGER NOT NULL,
    "service_organisation_id" INTEGER NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_exercise_participants_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_exercise_participants_military_exercises_exercise_id" FOREIGN KEY ("exercise_id") REFERENCES "military_exercises" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_exercise_participants_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_exercise_participants_organisations_service_organisation_id" FOREIGN KEY ("service_organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "posts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_posts" PRIMARY KEY AUTOINCREMENT,
    "nation_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NULL,
    "title" TEXT NOT NULL,
    "accredited_to_id" INTEGER NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_posts_accredited_to_id_differs" CHECK (accredited_to_id <> nation_id),
    CONSTRAINT "ck_posts_title_characters" CHECK (NOT ((instr(CAST(title AS BLOB), X'00') > 0 OR title GLOB '*[' || char(1, 45, 31, 127, 45, 159, 8232, 45, 8233) || ']*'))),
    CONSTRAINT "ck_posts_title_not_blank" CHECK ((title <> '' AND NOT (substr(title, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(title, length(title), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(title) <= 200)),
    CONSTRAINT "ck_posts_title_visible" CHECK (title GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "fk_posts_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_posts_nations_accredited_to_id" FOREIGN KEY ("accredited_to_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_posts_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_posts_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "statements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_statements" PRIMARY KEY AUTOINCREMENT,
    "form" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "made_on" TEXT NULL,
    "speaker_person_id" INTEGER NULL,
    "speaker_organisation_id" INTEGER NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_statements_content_characters" CHECK (NOT ((instr(CAST(content AS BLOB), X'00') > 0 OR content GLOB '*[' || char(1, 45, 8, 11, 45, 12, 14, 45, 31, 127, 45, 159) || ']*'))),
    CONSTRAINT "ck_statements_content_not_blank" CHECK ((content <> '' AND NOT (substr(content, 1, 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*' OR substr(content, length(content), 1) GLOB '*[' || char(9, 45, 13, 32, 133, 160, 5760, 8192, 45, 8202, 8232, 45, 8233, 8239, 8287, 12288) || ']*') AND length(content) <= 2000)),
    CONSTRAINT "ck_statements_content_visible" CHECK (content GLOB '*[^' || char(1, 45, 32, 127, 45, 160, 173, 847, 1564, 4447, 45, 4448, 5760, 6068, 45, 6069, 6155, 45, 6159, 8192, 45, 8207, 8232, 45, 8239, 8287, 45, 8303, 10240, 12288, 12644, 65024, 45, 65039, 65279, 65440, 65520, 45, 65528, 113824, 45, 113827, 119155, 45, 119162, 917504, 45, 921599) || ']*'),
    CONSTRAINT "ck_statements_form" CHECK (form IN ('DirectQuotation', 'ReportedSpeech')),
    CONSTRAINT "ck_statements_made_on_format" CHECK (made_on IS NULL OR CASE WHEN made_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(made_on, 1, 4) <> '0000' AND (length(made_on) = 4 OR (length(made_on) IN (7, 10) AND made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(made_on, 6, 2) BETWEEN '01' AND '12' AND (length(made_on) = 7 OR (made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(made_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(made_on) < 10 OR substr(made_on, 9, 2) <= CASE substr(made_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(made_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(made_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(made_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_statements_one_speaker" CHECK ((speaker_person_id IS NULL AND speaker_organisation_id IS NOT NULL) OR (speaker_person_id IS NOT NULL AND speaker_organisation_id IS NULL)),
    CONSTRAINT "fk_statements_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_statements_organisations_speaker_organisation_id" FOREIGN KEY ("speaker_organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_statements_people_speaker_person_id" FOREIGN KEY ("speaker_person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);

CREATE TABLE "policy_links" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_policy_links" PRIMARY KEY AUTOINCREMENT,
    "from_policy_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "to_policy_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_policy_links_kind" CHECK (kind IN ('Complements', 'Supersedes', 'PartOf')),
    CONSTRAINT "ck_policy_links_to_policy_id_differs" CHECK (to_policy_id <> from_policy_id),
    CONSTRAINT "fk_policy_links_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_policy_links_policies_from_policy_id" FOREIGN KEY ("from_policy_id") REFERENCES "policies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_policy_links_policies_to_policy_id" FOREIGN KEY ("to_policy_id") REFERENCES "policies" ("id") ON DELETE RESTRICT
);

CREATE TABLE "policy_partners" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_policy_partners" PRIMARY KEY AUTOINCREMENT,
    "policy_id" INTEGER NOT NULL,
    "partner_nation_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_policy_partners_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_policy_partners_nations_partner_nation_id" FOREIGN KEY ("partner_nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_policy_partners_policies_policy_id" FOREIGN KEY ("policy_id") REFERENCES "policies" ("id") ON DELETE RESTRICT
);

CREATE TABLE "working_group_focus_areas" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_working_group_focus_areas" PRIMARY KEY AUTOINCREMENT,
    "working_group_id" INTEGER NOT NULL,
    "cooperation_area_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_working_group_focus_areas_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_working_group_focus_areas_cooperation_areas_cooperation_area_id" FOREIGN KEY ("cooperation_area_id") REFERENCES "cooperation_areas" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_working_group_focus_areas_working_groups_working_group_id" FOREIGN KEY ("working_group_id") REFERENCES "working_groups" ("id") ON DELETE RESTRICT
);

CREATE TABLE "working_group_members" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_working_group_members" PRIMARY KEY AUTOINCREMENT,
    "working_group_id" INTEGER NOT NULL,
    "nation_id" INTEGER NOT NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "fk_working_group_members_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_working_group_members_nations_nation_id" FOREIGN KEY ("nation_id") REFERENCES "nations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_working_group_members_working_groups_working_group_id" FOREIGN KEY ("working_group_id") REFERENCES "working_groups" ("id") ON DELETE RESTRICT
);

CREATE TABLE "delegation_members" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_delegation_members" PRIMARY KEY AUTOINCREMENT,
    "delegation_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "capacity_post_id" INTEGER NULL,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_delegation_members_role" CHECK (role IN ('Leader', 'Member')),
    CONSTRAINT "fk_delegation_members_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_delegation_members_delegations_delegation_id" FOREIGN KEY ("delegation_id") REFERENCES "delegations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_delegation_members_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_delegation_members_posts_capacity_post_id" FOREIGN KEY ("capacity_post_id") REFERENCES "posts" ("id") ON DELETE RESTRICT
);

CREATE TABLE "post_holdings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_post_holdings" PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "post_id" INTEGER NOT NULL,
    "started_on" TEXT NULL,
    "ended_on" TEXT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "citation_id" INTEGER NOT NULL,
    CONSTRAINT "ck_post_holdings_ended_on_format" CHECK (ended_on IS NULL OR CASE WHEN ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(ended_on) < 10 OR substr(ended_on, 9, 2) <= CASE substr(ended_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(ended_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(ended_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(ended_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "ck_post_holdings_ended_on_not_before_started_on" CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= substr(started_on, 1, length(ended_on))),
    CONSTRAINT "ck_post_holdings_started_on_format" CHECK (started_on IS NULL OR CASE WHEN started_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(started_on, 1, 4) <> '0000' AND (length(started_on) = 4 OR (length(started_on) IN (7, 10) AND started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(started_on, 6, 2) BETWEEN '01' AND '12' AND (length(started_on) = 7 OR (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(started_on, 9, 2) BETWEEN '01' AND '31')))) THEN length(started_on) < 10 OR substr(started_on, 9, 2) <= CASE substr(started_on, 6, 2) WHEN '02' THEN CASE WHEN CAST(substr(started_on, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(started_on, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(started_on, 1, 4) AS INTEGER) % 400 = 0) THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END ELSE 1 = 0 END),
    CONSTRAINT "fk_post_holdings_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_post_holdings_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_post_holdings_posts_post_id" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE RESTRICT
);

CREATE TABLE "citation_claims" (
    "citation_id" INTEGER NOT NULL CONSTRAINT "pk_citation_claims" PRIMARY KEY,
    "statement_id" INTEGER NOT NULL,
    CONSTRAINT "fk_citation_claims_citations_citation_id" FOREIGN KEY ("citation_id") REFERENCES "citations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_citation_claims_statements_statement_id" FOREIGN KEY ("statement_id") REFERENCES "statements" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_agreement_parties_agreement_id_nation_id" ON "agreement_parties" ("agreement_id", "nation_id");

CREATE INDEX "ix_agreement_parties_citation_id" ON "agreement_parties" ("citation_id");

CREATE INDEX "ix_agreement_parties_nation_id_agreement_id" ON "agreement_parties" ("nation_id", "agreement_id");

CREATE INDEX "ix_agreements_citation_id" ON "agreements" ("citation_id");

CREATE INDEX "ix_agreements_concluded_on" ON "agreements" ("concluded_on");

CREATE INDEX "ix_agreements_engagement_id" ON "agreements" ("engagement_id");

CREATE INDEX "ix_agreements_entered_into_force_on_concluded_on" ON "agreements" ("entered_into_force_on", "concluded_on");

CREATE INDEX "ix_citation_claims_statement_id" ON "citation_claims" ("statement_id");

CREATE INDEX "ix_citations_corroborates_id" ON "citations" ("corroborates_id") WHERE corroborates_id IS NOT NULL;

CREATE INDEX "ix_citations_source_document_id_start_index" ON "citations" ("source_document_id", "start_index");

CREATE INDEX "ix_cooperation_areas_citation_id" ON "cooperation_areas" ("citation_id");

CREATE UNIQUE INDEX "ix_cooperation_areas_name" ON "cooperation_areas" ("name");

CREATE INDEX "ix_delegation_members_capacity_post_id" ON "delegation_members" ("capacity_post_id");

CREATE INDEX "ix_delegation_members_citation_id" ON "delegation_members" ("citation_id");

CREATE UNIQUE INDEX "ix_delegation_members_delegation_id_person_id" ON "delegation_members" ("delegation_id", "person_id");

CREATE INDEX "ix_delegation_members_person_id" ON "delegation_members" ("person_id");

CREATE UNIQUE INDEX "ux_delegation_members_one_leader" ON "delegation_members" ("delegation_id") WHERE role = 'Leader';

CREATE INDEX "ix_delegations_citation_id" ON "delegations" ("citation_id");

CREATE UNIQUE INDEX "ix_delegations_engagement_id_nation_id" ON "delegations" ("engagement_id", "nation_id");

CREATE INDEX "ix_delegations_nation_id" ON "delegations" ("nation_id");

CREATE INDEX "ix_engagement_topics_citation_id" ON "engagement_topics" ("citation_id");

CREATE INDEX "ix_engagement_topics_cooperation_area_id" ON "engagement_topics" ("cooperation_area_id");

CREATE UNIQUE INDEX "ix_engagement_topics_engagement_id_cooperation_area_id" ON "engagement_topics" ("engagement_id", "cooperation_area_id");

CREATE INDEX "ix_engagements_citation_id" ON "engagements" ("citation_id");

CREATE INDEX "ix_engagements_held_on" ON "engagements" ("held_on");

CREATE INDEX "ix_exercise_participants_citation_id" ON "exercise_participants" ("citation_id");

CREATE UNIQUE INDEX "ix_exercise_participants_exercise_id_nation_id" ON "exercise_participants" ("exercise_id", "nation_id");

CREATE INDEX "ix_exercise_participants_nation_id_exercise_id" ON "exercise_participants" ("nation_id", "exercise_id");

CREATE INDEX "ix_exercise_participants_service_organisation_id" ON "exercise_participants" ("service_organisation_id");

CREATE INDEX "ix_military_exercises_citation_id" ON "military_exercises" ("citation_id");

CREATE UNIQUE INDEX "ix_military_exercises_name" ON "military_exercises" ("name");

CREATE INDEX "ix_nation_relations_citation_id" ON "nation_relations" ("citation_id");

CREATE INDEX "ix_nation_relations_counterpart_nation_id" ON "nation_relations" ("counterpart_nation_id");

CREATE INDEX "ix_nation_relations_region_id" ON "nation_relations" ("region_id");

CREATE INDEX "ix_nation_relations_subject_nation_id_kind_counterpart_nation_id" ON "nation_relations" ("subject_nation_id", "kind", "counterpart_nation_id");

CREATE INDEX "ix_national_aims_citation_id" ON "national_aims" ("citation_id");

CREATE INDEX "ix_national_aims_nation_id" ON "national_aims" ("nation_id");

CREATE UNIQUE INDEX "ix_nations_alpha2_code" ON "nations" ("alpha2_code");

CREATE UNIQUE INDEX "ix_nations_alpha3_code" ON "nations" ("alpha3_code");

CREATE INDEX "ix_nations_citation_id" ON "nations" ("citation_id");

CREATE UNIQUE INDEX "ix_nations_correlates_of_war_abbreviation" ON "nations" ("correlates_of_war_abbreviation");

CREATE UNIQUE INDEX "ix_nations_correlates_of_war_code" ON "nations" ("correlates_of_war_code");

CREATE UNIQUE INDEX "ix_nations_gleditsch_ward_abbreviation" ON "nations" ("gleditsch_ward_abbreviation");

CREATE UNIQUE INDEX "ix_nations_gleditsch_ward_code" ON "nations" ("gleditsch_ward_code");

CREATE UNIQUE INDEX "ix_nations_name" ON "nations" ("name");

CREATE UNIQUE INDEX "ix_nations_numeric_code" ON "nations" ("numeric_code");

CREATE INDEX "ix_organisations_citation_id" ON "organisations" ("citation_id");

CREATE INDEX "ix_organisations_host_nation_id" ON "organisations" ("host_nation_id");

CREATE UNIQUE INDEX "ix_organisations_nation_id_kind" ON "organisations" ("nation_id", "kind") WHERE name IS NULL;

CREATE UNIQUE INDEX "ix_organisations_nation_id_name" ON "organisations" ("nation_id", "name") WHERE name IS NOT NULL;

CREATE INDEX "ix_people_citation_id" ON "people" ("citation_id");

CREATE INDEX "ix_people_name" ON "people" ("name");

CREATE INDEX "ix_policies_citation_id" ON "policies" ("citation_id");

CREATE UNIQUE INDEX "ix_policies_nation_id_name" ON "policies" ("nation_id", "name");

CREATE INDEX "ix_policy_links_citation_id" ON "policy_links" ("citation_id");

CREATE UNIQUE INDEX "ix_policy_links_from_policy_id_kind_to_policy_id" ON "policy_links" ("from_policy_id", "kind", "to_policy_id");

CREATE INDEX "ix_policy_links_to_policy_id_kind" ON "policy_links" ("to_policy_id", "kind");

CREATE INDEX "ix_policy_partners_citation_id" ON "policy_partners" ("citation_id");

CREATE INDEX "ix_policy_partners_partner_nation_id" ON "policy_partners" ("partner_nation_id");

CREATE UNIQUE INDEX "ix_policy_partners_policy_id_partner_nation_id" ON "policy_partners" ("policy_id", "partner_nation_id");

CREATE INDEX "ix_post_holdings_citation_id" ON "post_holdings" ("citation_id");

CREATE INDEX "ix_post_holdings_person_id_post_id" ON "post_holdings" ("person_id", "post_id");

CREATE INDEX "ix_post_holdings_post_id" ON "post_holdings" ("post_id");

CREATE INDEX "ix_posts_accredited_to_id" ON "posts" ("accredited_to_id");

CREATE INDEX "ix_posts_citation_id" ON "posts" ("citation_id");

CREATE UNIQUE INDEX "ix_posts_nation_id_title" ON "posts" ("nation_id", "title");

CREATE INDEX "ix_posts_organisation_id" ON "posts" ("organisation_id");

CREATE INDEX "ix_regions_citation_id" ON "regions" ("citation_id");

CREATE UNIQUE INDEX "ix_regions_name" ON "regions" ("name");

CREATE INDEX "ix_security_issue_regions_citation_id" ON "security_issue_regions" ("citation_id");

CREATE INDEX "ix_security_issue_regions_region_id_security_issue_id" ON "security_issue_regions" ("region_id", "security_issue_id");

CREATE UNIQUE INDEX "ix_security_issue_regions_security_issue_id_region_id" ON "security_issue_regions" ("security_issue_id", "region_id");

CREATE INDEX "ix_security_issues_citation_id" ON "security_issues" ("citation_id");

CREATE UNIQUE INDEX "ix_security_issues_name" ON "security_issues" ("name");

CREATE UNIQUE INDEX "ix_source_documents_key" ON "source_documents" ("key");

CREATE INDEX "ix_statements_citation_id" ON "statements" ("citation_id");

CREATE INDEX "ix_statements_speaker_organisation_id" ON "statements" ("speaker_organisation_id");

CREATE INDEX "ix_statements_speaker_person_id" ON "statements" ("speaker_person_id");

CREATE INDEX "ix_working_group_focus_areas_citation_id" ON "working_group_focus_areas" ("citation_id");

CREATE INDEX "ix_working_group_focus_areas_cooperation_area_id_working_group_id" ON "working_group_focus_areas" ("cooperation_area_id", "working_group_id");

CREATE UNIQUE INDEX "ix_working_group_focus_areas_working_group_id_cooperation_area_id" ON "working_group_focus_areas" ("working_group_id", "cooperation_area_id");

CREATE INDEX "ix_working_group_members_citation_id" ON "working_group_members" ("citation_id");

CREATE INDEX "ix_working_group_members_nation_id" ON "working_group_members" ("nation_id");

CREATE UNIQUE INDEX "ix_working_group_members_working_group_id_nation_id" ON "working_group_members" ("working_group_id", "nation_id");

CREATE INDEX "ix_working_groups_citation_id" ON "working_groups" ("citation_id");

CREATE INDEX "ix_working_groups_established_by_agreement_id" ON "working_groups" ("established_by_agreement_id");

CREATE UNIQUE INDEX "ix_working_groups_name" ON "working_groups" ("name") WHERE name IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("migration_id", "product_version")
VALUES ('20261130044105_InitialCreate', '10.0.15');

COMMIT;

