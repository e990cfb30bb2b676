-- PostgreSQL drops the plain e-mail index, which its lower(email) index replaced (V7_3). H2 has no index on an
-- expression, so it keeps the plain one; this file only keeps the two databases' version numbers in step.
select 1;
