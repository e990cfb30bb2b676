-- The finder module's own tables. Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

-- Synonyms of the field that staff keep, on top of the glossary built into the application
-- (search/glossary.txt): a group of words meaning the same, in Finnish, Swedish and English (comma-separated). A
-- query naming one of them also searches for the others.
create table finder_synonym (
  id uuid not null primary key,
  words_fi varchar(1000),
  words_sv varchar(1000),
  words_en varchar(1000),
  note varchar(500),
  version integer not null,
  updated_at timestamp with time zone not null,
  updated_by varchar(200)
);

-- The demand signal: one row per use of the finder, anonymous (no account, no address, no cookie id). Codes as the
-- company gave them; shown services as comma-separated ids in their order. Deleted after kv.finder.demand-retention.
create table finder_use (
  id uuid not null primary key,
  used_at timestamp with time zone not null,
  channel varchar(10) not null,
  lang varchar(2) not null,
  municipality varchar(10),
  industry varchar(5),
  company_size varchar(20),
  markets varchar(300),
  stage varchar(2),
  stage_source varchar(10),
  path varchar(20),
  needs varchar(500),
  derived_needs varchar(500),
  query_text varchar(500),
  shown varchar(2000),
  next_steps varchar(2000),
  nothing_fits boolean not null
);
create index finder_use_used_at on finder_use (used_at);

-- What was clicked among the services shown for a use of the finder.
create table finder_click (
  use_id uuid not null references finder_use (id) on delete cascade,
  service_id uuid not null,
  clicked_at timestamp with time zone not null,
  primary key (use_id, service_id)
);
