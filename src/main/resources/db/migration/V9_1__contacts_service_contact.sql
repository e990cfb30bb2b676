-- A person of the kv database is the contact for a service of the directory (contacts module; issue 5). The directory
-- shows the people on the service's page through its ServiceContactPeople interface, which the contacts module
-- implements; whether a person may be shown (consent not withdrawn, not erased) and which of their fields is decided
-- when the page is read, not stored here. An erasure removes the person's rows. Services are never deleted, only
-- archived (defunct), but a row goes with its service or its person if either is. Works on H2 (PostgreSQL mode) and
-- PostgreSQL.

create table contacts_service_contact (
  person_id uuid not null,
  service_id uuid not null,
  primary key (person_id, service_id),
  constraint contacts_service_contact_person_fk foreign key (person_id) references contacts_person (id) on delete cascade,
  constraint contacts_service_contact_service_fk foreign key (service_id) references service (id) on delete cascade
);

create index contacts_service_contact_service on contacts_service_contact (service_id);
