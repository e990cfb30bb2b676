-- PostgreSQL only (db/vendor/{vendor}, see application.yml): e-mails are compared whatever their case (the CSV
-- import's duplicate check, lower(email) in (...)); without this index each lookup reads every person.
create index contacts_person_email_lower on contacts_person (lower(email));
