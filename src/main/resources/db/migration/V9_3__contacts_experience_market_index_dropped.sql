-- The kv database is searched by market and mode through its search index (contacts.ContactSearch, the index's
-- market_mode field), never by a database query, so this index was never read; every experience row written (the CSV
-- import's COPY of hundreds of thousands) still paid for maintaining it: a third of the experience rows' write time
-- on PostgreSQL at a million companies (docs/benchmarks.md, "Contacts (issue 5)").
drop index if exists contacts_experience_market;
