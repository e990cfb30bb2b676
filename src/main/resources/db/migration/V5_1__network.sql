-- Declared relations between organisations (network module). Derived relations (shared offer, the directory's
-- organisation hierarchy) are computed when read and never stored. Works on H2 (PostgreSQL mode) and PostgreSQL.

create table network_relation (
  id uuid not null primary key,
  version bigint not null,
  source_id uuid not null,
  target_id uuid not null,
  type varchar(32) not null,
  description_fi varchar(2000),
  description_sv varchar(2000),
  description_en varchar(2000),
  evidence varchar(1000),
  valid_from date,
  valid_to date,
  demo boolean not null,
  last_modified timestamp(6) with time zone not null,
  foreign key (source_id) references organisation (id),
  foreign key (target_id) references organisation (id),
  constraint network_relation_not_self check (source_id <> target_id),
  constraint network_relation_dates check (valid_to is null or valid_from is null or valid_from <= valid_to)
);

create index network_relation_source on network_relation (source_id);
create index network_relation_target on network_relation (target_id);

create table network_relation_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  source_id uuid,
  target_id uuid,
  type varchar(32),
  description_fi varchar(2000),
  description_sv varchar(2000),
  description_en varchar(2000),
  evidence varchar(1000),
  valid_from date,
  valid_to date,
  demo boolean,
  last_modified timestamp(6) with time zone,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);
