-- H2 has no index on an expression: lower(email) lookups read the table, which an embedded database's few thousand
-- people make cheap. The PostgreSQL version of this migration (db/vendor/postgresql) adds the index.
select 1;
