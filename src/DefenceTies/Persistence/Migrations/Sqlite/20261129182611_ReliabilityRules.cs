using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefenceTies.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReliabilityRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues");

            migrationBuilder.DropCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas");

            migrationBuilder.DropCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements");

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "working_groups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "post_holdings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups",
                sql: "mandate <> '' AND mandate = trim(mandate) AND length(mandate) <= 1000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 300");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements",
                sql: "content <> '' AND content = trim(content) AND length(content) <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements",
                sql: "made_on IS NULL OR made_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(made_on, 1, 4) <> '0000' AND (length(made_on) = 4 OR (length(made_on) IN (7, 10) AND made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(made_on, 6, 2) BETWEEN '01' AND '12' AND (length(made_on) = 7 OR (made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(made_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents",
                sql: "key <> '' AND key = trim(key) AND length(key) <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents",
                sql: "published_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(published_on, 1, 4) <> '0000' AND (length(published_on) = 4 OR (length(published_on) IN (7, 10) AND published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(published_on, 6, 2) BETWEEN '01' AND '12' AND (length(published_on) = 7 OR (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(published_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents",
                sql: "title IS NULL OR (title <> '' AND title = trim(title) AND length(title) <= 500)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts",
                sql: "title <> '' AND title = trim(title) AND length(title) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings",
                sql: "ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings",
                sql: "started_on IS NULL OR started_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(started_on, 1, 4) <> '0000' AND (length(started_on) = 4 OR (length(started_on) IN (7, 10) AND started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(started_on, 6, 2) BETWEEN '01' AND '12' AND (length(started_on) = 7 OR (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(started_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies",
                sql: "aim IS NULL OR (aim <> '' AND aim = trim(aim) AND length(aim) <= 1000)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people",
                sql: "rank IS NULL OR (rank <> '' AND rank = trim(rank) AND length(rank) <= 50)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims",
                sql: "description <> '' AND description = trim(description) AND length(description) <= 1000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises",
                sql: "ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises",
                sql: "started_on IS NULL OR started_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(started_on, 1, 4) <> '0000' AND (length(started_on) = 4 OR (length(started_on) IN (7, 10) AND started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(started_on, 6, 2) BETWEEN '01' AND '12' AND (length(started_on) = 7 OR (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(started_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements",
                sql: "held_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(held_on, 1, 4) <> '0000' AND (length(held_on) = 4 OR (length(held_on) IN (7, 10) AND held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(held_on, 6, 2) BETWEEN '01' AND '12' AND (length(held_on) = 7 OR (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(held_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements",
                sql: "subject <> '' AND subject = trim(subject) AND length(subject) <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas",
                sql: "name <> '' AND name = trim(name) AND length(name) <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations",
                sql: "passage <> '' AND passage = trim(passage) AND length(passage) <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds",
                sql: "key <> '' AND key = trim(key) AND length(key) <= 150");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements",
                sql: "concluded_on IS NULL OR concluded_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(concluded_on, 1, 4) <> '0000' AND (length(concluded_on) = 4 OR (length(concluded_on) IN (7, 10) AND concluded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(concluded_on, 6, 2) BETWEEN '01' AND '12' AND (length(concluded_on) = 7 OR (concluded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(concluded_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements",
                sql: "ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ended_on, 1, 4) <> '0000' AND (length(ended_on) = 4 OR (length(ended_on) IN (7, 10) AND ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(ended_on, 6, 2) BETWEEN '01' AND '12' AND (length(ended_on) = 7 OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(ended_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements",
                sql: "entered_into_force_on IS NULL OR entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]*' AND substr(entered_into_force_on, 1, 4) <> '0000' AND (length(entered_into_force_on) = 4 OR (length(entered_into_force_on) IN (7, 10) AND entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' AND substr(entered_into_force_on, 6, 2) BETWEEN '01' AND '12' AND (length(entered_into_force_on) = 7 OR (entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(entered_into_force_on, 9, 2) BETWEEN '01' AND '31'))))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements",
                sql: "subject <> '' AND subject = trim(subject) AND length(subject) <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements",
                sql: "title <> '' AND title = trim(title) AND length(title) <= 300");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents");

            migrationBuilder.DropCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues");

            migrationBuilder.DropCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people");

            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas");

            migrationBuilder.DropCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "version",
                table: "working_groups");

            migrationBuilder.DropColumn(
                name: "version",
                table: "post_holdings");

            migrationBuilder.DropColumn(
                name: "version",
                table: "agreements");

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_mandate_not_blank",
                table: "working_groups",
                sql: "mandate <> '' AND mandate = trim(mandate)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_groups_name_not_blank",
                table: "working_groups",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_content_not_blank",
                table: "statements",
                sql: "content <> '' AND content = trim(content)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_statements_made_on_format",
                table: "statements",
                sql: "made_on IS NULL OR made_on GLOB '[0-9][0-9][0-9][0-9]' OR made_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR made_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_key_not_blank",
                table: "source_documents",
                sql: "key <> '' AND key = trim(key)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_published_on_format",
                table: "source_documents",
                sql: "published_on GLOB '[0-9][0-9][0-9][0-9]' OR published_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR published_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_source_documents_title_not_blank",
                table: "source_documents",
                sql: "title IS NULL OR (title <> '' AND title = trim(title))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_security_issues_name_not_blank",
                table: "security_issues",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_regions_name_not_blank",
                table: "regions",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_posts_title_not_blank",
                table: "posts",
                sql: "title <> '' AND title = trim(title)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_ended_on_format",
                table: "post_holdings",
                sql: "ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]' OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_post_holdings_started_on_format",
                table: "post_holdings",
                sql: "started_on IS NULL OR started_on GLOB '[0-9][0-9][0-9][0-9]' OR started_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR started_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_aim_not_blank",
                table: "policies",
                sql: "aim IS NULL OR (aim <> '' AND aim = trim(aim))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_policies_name_not_blank",
                table: "policies",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_name_not_blank",
                table: "people",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_people_rank_not_blank",
                table: "people",
                sql: "rank IS NULL OR (rank <> '' AND rank = trim(rank))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_organisations_name_not_blank",
                table: "organisations",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_nations_name_not_blank",
                table: "nations",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_national_aims_description_not_blank",
                table: "national_aims",
                sql: "description <> '' AND description = trim(description)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_ended_on_format",
                table: "military_exercises",
                sql: "ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]' OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_name_not_blank",
                table: "military_exercises",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_military_exercises_started_on_format",
                table: "military_exercises",
                sql: "started_on IS NULL OR started_on GLOB '[0-9][0-9][0-9][0-9]' OR started_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR started_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_held_on_format",
                table: "engagements",
                sql: "held_on GLOB '[0-9][0-9][0-9][0-9]' OR held_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR held_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_engagements_subject_not_blank",
                table: "engagements",
                sql: "subject <> '' AND subject = trim(subject)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_cooperation_areas_name_not_blank",
                table: "cooperation_areas",
                sql: "name <> '' AND name = trim(name)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_citations_passage_not_blank",
                table: "citations",
                sql: "passage <> '' AND passage = trim(passage)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_applied_seeds_key_not_blank",
                table: "applied_seeds",
                sql: "key <> '' AND key = trim(key)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_concluded_on_format",
                table: "agreements",
                sql: "concluded_on IS NULL OR concluded_on GLOB '[0-9][0-9][0-9][0-9]' OR concluded_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR concluded_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_ended_on_format",
                table: "agreements",
                sql: "ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]' OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_entered_into_force_on_format",
                table: "agreements",
                sql: "entered_into_force_on IS NULL OR entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]' OR entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR entered_into_force_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_subject_not_blank",
                table: "agreements",
                sql: "subject <> '' AND subject = trim(subject)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_title_not_blank",
                table: "agreements",
                sql: "title <> '' AND title = trim(title)");
        }
    }
}
