-- A migration that fails: SchemaMigrationTests checks that it fails the start instead of hanging or being ignored.
create table schema_migration_test (id bigint primary key);
insert into no_such_table values (1);
