-- Staff accounts: who may sign in, with which role and which organisations, and their change history.
-- Written for both H2 (MODE=PostgreSQL) and PostgreSQL: only types both know.

-- Usernames are stored in lower case so that a plain unique constraint makes them unique case-insensitively
-- (H2 has no indexes on expressions such as lower(username)).
create table staff_account (
  id uuid not null primary key,
  version bigint not null,
  username varchar(100) not null,
  display_name varchar(200) not null,
  email varchar(320),
  password_hash varchar(500) not null,
  role varchar(16) not null,
  enabled boolean not null,
  created_at timestamp(6) with time zone not null,
  password_changed_at timestamp(6) with time zone not null,
  last_sign_in_at timestamp(6) with time zone,
  constraint staff_account_username_key unique (username),
  constraint staff_account_username_lower check (username = lower(username)),
  constraint staff_account_role_check check (role in ('ADMIN', 'EDITOR'))
);

-- No foreign key to organisation: identity does not depend on the directory, and an organisation is archived,
-- never deleted, so an assignment never points at a missing row in practice.
create table staff_account_organisation (
  account_id uuid not null references staff_account (id) on delete cascade,
  organisation_id uuid not null,
  primary key (account_id, organisation_id)
);

create index staff_account_organisation_organisation_idx on staff_account_organisation (organisation_id);

-- Envers history: who created an account, changed its role, organisations or state, or reset its password.
-- The password hash itself is not audited.
create table staff_account_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  username varchar(100),
  display_name varchar(200),
  email varchar(320),
  role varchar(16),
  enabled boolean,
  created_at timestamp(6) with time zone,
  password_changed_at timestamp(6) with time zone,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table staff_account_organisation_aud (
  rev integer not null,
  revtype smallint not null,
  account_id uuid not null,
  organisation_id uuid not null,
  primary key (rev, revtype, account_id, organisation_id),
  foreign key (rev) references revinfo (rev)
);
