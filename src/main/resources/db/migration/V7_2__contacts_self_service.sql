-- Self-service of the kv database (contacts module): one-time sign-in links sent by e-mail, members' claims to keep a
-- company's profile, and when a person was last reminded to confirm their record (retention).
-- Works on H2 (PostgreSQL mode) and PostgreSQL.

-- Only the SHA-256 hash (hex) of each link's random token is kept; a link is used once, before it expires.
create table contacts_sign_in_token (
  id uuid not null primary key,
  token_hash varchar(64) not null,
  person_id uuid not null,
  purpose varchar(16) not null,
  created_at timestamp(6) with time zone not null,
  expires_at timestamp(6) with time zone not null,
  used_at timestamp(6) with time zone,
  constraint contacts_sign_in_token_hash unique (token_hash),
  foreign key (person_id) references contacts_person (id) on delete cascade,
  constraint contacts_sign_in_token_purpose check (purpose in ('sign-in', 'review'))
);

create index contacts_sign_in_token_expires on contacts_sign_in_token (expires_at);

-- A member claims a company; staff approve or reject. Only an approved claim lets the member edit the company.
create table contacts_claim (
  id uuid not null primary key,
  version bigint not null,
  company_id uuid not null,
  person_id uuid not null,
  status varchar(16) not null,
  requested_at timestamp(6) with time zone not null,
  decided_at timestamp(6) with time zone,
  decided_by varchar(100),
  foreign key (company_id) references contacts_company (id) on delete cascade,
  foreign key (person_id) references contacts_person (id) on delete cascade,
  constraint contacts_claim_status check (status in ('PENDING', 'APPROVED', 'REJECTED'))
);

create index contacts_claim_person on contacts_claim (person_id, company_id);
create index contacts_claim_by_status on contacts_claim (status);

alter table contacts_person add column review_reminded_at timestamp(6) with time zone;
