-- Staff archive a company of the kv database instead of deleting it (contacts module): from the archiving on, only staff
-- see it (marked), it leaves the search index, its facet counts and the public exports; staff may restore it. The row
-- and its people stay, so counts, the audit log and Business ID duplicates keep their meaning. Null: not archived.
-- Works on H2 (PostgreSQL mode) and PostgreSQL.

alter table contacts_company add column archived_at timestamp(6) with time zone;
