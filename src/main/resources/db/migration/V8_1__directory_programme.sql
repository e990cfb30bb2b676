-- Programmes (HSDS 3.0 "program"): a collection of related services that one organisation owns, such as a funder's
-- programme that several providers deliver services under. A service belongs to at most one programme
-- (HSDS service.program_id). The network derives "shares a programme" relations from them. Audited like the other
-- directory records. H2 (PostgreSQL mode) and PostgreSQL.

create table programme (
  id uuid not null,
  version bigint not null,
  organisation_id uuid not null,
  name_fi varchar(500),
  name_sv varchar(500),
  name_en varchar(500),
  description_fi varchar,
  description_sv varchar,
  description_en varchar,
  position integer not null,
  primary key (id),
  foreign key (organisation_id) references organisation (id)
);

create index programme_organisation_id_idx on programme (organisation_id);

create table programme_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  organisation_id uuid,
  name_fi varchar(500),
  name_sv varchar(500),
  name_en varchar(500),
  description_fi varchar,
  description_sv varchar,
  description_en varchar,
  position integer,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

alter table service add column programme_id uuid;
alter table service add constraint service_programme_fk foreign key (programme_id) references programme (id);
create index service_programme_id_idx on service (programme_id);

alter table service_aud add column programme_id uuid;
