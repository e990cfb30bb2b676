-- Every look-up of a person by e-mail is case-insensitive (lower(email), V7_3's index: sign-in links, the import's
-- duplicate check), so the plain index on email is never read; each person written (the CSV import's COPY of hundreds
-- of thousands) still paid for maintaining it.
drop index if exists contacts_person_email;
