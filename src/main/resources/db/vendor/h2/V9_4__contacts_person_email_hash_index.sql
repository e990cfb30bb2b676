-- PostgreSQL makes its lower(email) index a hash index (db/vendor/postgresql). H2 has no index on an expression, so
-- this file only keeps the two databases' version numbers in step.
select 1;
