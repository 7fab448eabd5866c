-- Least-privilege roles for a DefenceTies database on PostgreSQL. Hand-written and reviewed, not
-- generated; run it with psql (it uses psql variables, \if and \gexec), as a superuser, connected
-- to the DefenceTies database:
--
--   psql "host=db1 dbname=defenceties user=postgres" -v ON_ERROR_STOP=1 \
--        [-v schema=public] [-v owner_role=defenceties_owner] \
--        [-v writer_role=defenceties_writer] [-v reader_role=defenceties_reader] \
--        -f sql/postgresql/roles.sql
--
-- Three roles, each able to log in (set their passwords, or your authentication method, yourself):
--   owner_role   owns the schema and everything in it; the only role that runs migrations (DDL).
--   writer_role  the applications: reads and writes rows, advances identity sequences (bulk
--                import); no DDL, and no writes to EF Core's migrations history.
--   reader_role  analysts: reads rows, nothing else.
--
-- Idempotent: run it before the first migration (it creates the roles and the schema and sets
-- the default privileges of tables the owner creates later), and again after migrations if you
-- like; each run brings existing objects to the same grants. It never drops anything.
--
-- A schema other than public: the script gives the three roles that schema as their search_path in
-- this database, and the application names it for EF Core's history table, e.g.
--   UseDefenceTiesPostgreSql(cs, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", "defenceties"))
-- because EF Core looks for its history table in public unless told otherwise.

\set ON_ERROR_STOP on
\if :{?schema}
\else
  \set schema public
\endif
\if :{?owner_role}
\else
  \set owner_role defenceties_owner
\endif
\if :{?writer_role}
\else
  \set writer_role defenceties_writer
\endif
\if :{?reader_role}
\else
  \set reader_role defenceties_reader
\endif

BEGIN;

-- Roles: created once, never altered afterwards (a DBA may have given them passwords or limits).
SELECT format('CREATE ROLE %I LOGIN', r)
FROM unnest(ARRAY[:'owner_role', :'writer_role', :'reader_role']) AS r
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec

-- The schema belongs to the owner. Nobody else may create objects in it: before PostgreSQL 15
-- every role could create tables in public.
SELECT format('CREATE SCHEMA %I AUTHORIZATION %I', :'schema', :'owner_role')
WHERE NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = :'schema') \gexec
ALTER SCHEMA :"schema" OWNER TO :"owner_role";
REVOKE CREATE ON SCHEMA :"schema" FROM PUBLIC;
GRANT USAGE ON SCHEMA :"schema" TO :"writer_role", :"reader_role";

GRANT CONNECT ON DATABASE :"DBNAME" TO :"owner_role", :"writer_role", :"reader_role";
ALTER ROLE :"owner_role" IN DATABASE :"DBNAME" SET search_path = :"schema";
ALTER ROLE :"writer_role" IN DATABASE :"DBNAME" SET search_path = :"schema";
ALTER ROLE :"reader_role" IN DATABASE :"DBNAME" SET search_path = :"schema";

-- Tables and sequences that exist already (a re-run after migrations): the same grants as for
-- new ones. Ownership is not moved: a database migrated earlier by another role needs a reviewed
-- REASSIGN OWNED (see docs/dba.md).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"schema" TO :"writer_role";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA :"schema" TO :"writer_role";
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO :"reader_role";

-- Tables and sequences the owner creates later (every future migration): the same grants.
-- UPDATE on sequences lets the bulk importer move identity sequences past the ids it copied.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA :"schema"
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"writer_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA :"schema"
  GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"writer_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA :"schema"
  GRANT SELECT ON TABLES TO :"reader_role";

-- EF Core's own bookkeeping is the owner's: the applications may read which migrations are
-- applied (the sample checks), but not record or erase one. Default privileges granted writes on
-- these tables when the first migration created them; withdraw them whenever they exist.
SELECT format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.%I FROM %I', :'schema', t, :'writer_role')
FROM unnest(ARRAY['__EFMigrationsHistory', '__EFMigrationsLock']) AS t
WHERE to_regclass(format('%I.%I', :'schema', t)) IS NOT NULL \gexec

COMMIT;
