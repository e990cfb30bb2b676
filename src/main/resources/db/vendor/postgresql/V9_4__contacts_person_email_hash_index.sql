-- People are only ever found by e-mail by equality of lower(email) (sign-in links, PersonRepository.findByEmail; the
-- CSV import's duplicate check, ContactWriter.held); nothing sorts them by e-mail or searches a prefix or a range. So
-- V7_3's B-tree becomes a hash index: a look-up hashes the value once and reads its bucket instead of descending the
-- tree comparing strings under the database's collation (the import's 200,000 look-ups 1.1 s -> 0.6 s in psql on the
-- benchmark's 2M people), and the index is about 60 % of the size (64 MB against 110 MB), so more of it stays in
-- PostgreSQL's buffers while an import inserts at random places in it (docs/benchmarks.md, "Contacts (issue 5)").
drop index if exists contacts_person_email_lower;
create index contacts_person_email_lower on contacts_person using hash (lower(email));
-- The expression's statistics went with the old index.
analyze contacts_person;
