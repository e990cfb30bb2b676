-- The shared kv database (contacts module): companies, their people, experience of markets, offers and seeks, and the
-- log of what was done with personal data. No Envers history for people: an erasure must leave no copy behind.
-- Works on H2 (PostgreSQL mode) and PostgreSQL.

create table contacts_company (
  id uuid not null primary key,
  version bigint not null,
  business_id varchar(9),
  name varchar(300) not null,
  municipality_code varchar(3),
  industry_code varchar(16),
  size_class varchar(16),
  website varchar(500),
  languages varchar(100),
  description varchar(2000),
  -- per-field visibility, e.g. "website=MEMBERS,size=STAFF"; fields not named have their default
  visibility varchar(500),
  demo boolean not null,
  reviewed_at timestamp(6) with time zone,
  last_modified timestamp(6) with time zone not null,
  constraint contacts_company_business_id unique (business_id)
);

create table contacts_experience (
  company_id uuid not null,
  position integer not null,
  market varchar(32) not null,
  mode varchar(16) not null,
  since_year integer,
  industry_code varchar(16),
  summary varchar(500),
  primary key (company_id, position),
  foreign key (company_id) references contacts_company (id) on delete cascade
);

create index contacts_experience_market on contacts_experience (market, mode);

create table contacts_listing (
  company_id uuid not null,
  position integer not null,
  kind varchar(8) not null,
  summary varchar(500) not null,
  market varchar(32),
  industry_code varchar(16),
  expires_on date not null,
  primary key (company_id, position),
  foreign key (company_id) references contacts_company (id) on delete cascade,
  constraint contacts_listing_kind check (kind in ('offer', 'seek'))
);

create table contacts_person (
  id uuid not null primary key,
  version bigint not null,
  company_id uuid,
  organisation_id uuid,
  name varchar(200),
  role varchar(200),
  email varchar(254),
  phone varchar(40),
  languages varchar(100),
  visibility varchar(500),
  legal_basis varchar(32) not null,
  consent_purpose varchar(500),
  consent_given_on date,
  consent_source varchar(200),
  consent_withdrawn_at timestamp(6) with time zone,
  erased_at timestamp(6) with time zone,
  demo boolean not null,
  reviewed_at timestamp(6) with time zone,
  last_modified timestamp(6) with time zone not null,
  foreign key (company_id) references contacts_company (id)
);

create index contacts_person_company on contacts_person (company_id);
create index contacts_person_email on contacts_person (email);

-- What was done with personal data, by whom: export, rectification, consent withdrawal, erasure. Holds the person's
-- id only, never their data, so that it survives the erasure it records.
create table contacts_audit (
  id uuid not null primary key,
  at timestamp(6) with time zone not null,
  actor varchar(100) not null,
  action varchar(32) not null,
  person_id uuid,
  company_id uuid,
  note varchar(500)
);

create index contacts_audit_person on contacts_audit (person_id);
