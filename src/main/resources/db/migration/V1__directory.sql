-- The service directory: areas, taxonomies and terms, organisations and services with their parts,
-- their Envers history tables, and Spring Modulith's event publication registry.
-- Written for both H2 (MODE=PostgreSQL) and PostgreSQL: only types both know.

create sequence revinfo_seq start with 1 increment by 1;

create table revinfo (
  rev integer not null primary key,
  revtstmp bigint,
  username varchar(255) not null
);

create table area (
  uri varchar(255) not null primary key,
  code varchar(32) not null,
  type varchar(32) not null,
  name_fi varchar(255),
  name_sv varchar(255),
  name_en varchar(255),
  parent_uri varchar(255) references area (uri),
  municipality_kind varchar(32),
  development_organisation_id uuid,
  development_organisation_name varchar(500),
  note varchar(2000),
  position integer not null
);

create table taxonomy (
  id uuid not null primary key,
  taxonomy_key varchar(100) not null unique,
  name varchar(500) not null,
  description varchar(4000) not null,
  version varchar(100),
  uri varchar(1000),
  position integer not null
);

create table taxonomy_term (
  id uuid not null primary key,
  code varchar(200) not null unique,
  taxonomy_id uuid not null references taxonomy (id),
  parent_id uuid references taxonomy_term (id),
  label_fi varchar(500),
  label_sv varchar(500),
  label_en varchar(500),
  definition_fi varchar(4000),
  definition_sv varchar(4000),
  definition_en varchar(4000),
  name_language varchar(8) not null,
  term_uri varchar(1000),
  position integer not null
);

create table organisation (
  id uuid not null,
  version bigint not null,
  name_fi varchar(500),
  name_sv varchar(500),
  name_en varchar(500),
  description_fi varchar,
  description_sv varchar,
  description_en varchar,
  website varchar(1000),
  email varchar(320),
  parent_id uuid,
  archived boolean not null,
  position integer not null,
  last_modified timestamp(6) with time zone not null,
  primary key (id),
  foreign key (parent_id) references organisation (id)
);

create index organisation_parent_id_idx on organisation (parent_id);

create table organisation_classification (
  id uuid not null,
  organisation_id uuid not null,
  term_id uuid not null,
  position integer not null,
  primary key (id),
  foreign key (organisation_id) references organisation (id),
  foreign key (term_id) references taxonomy_term (id)
);

create index organisation_classification_organisation_id_idx on organisation_classification (organisation_id);

create index organisation_classification_term_id_idx on organisation_classification (term_id);

create table service (
  id uuid not null,
  version bigint not null,
  organisation_id uuid not null,
  name_fi varchar(500),
  name_sv varchar(500),
  name_en varchar(500),
  description_fi varchar,
  description_sv varchar,
  description_en varchar,
  url varchar(1000),
  email varchar(320),
  status varchar(16) not null,
  alert_fi varchar(4000),
  alert_sv varchar(4000),
  alert_en varchar(4000),
  eligibility_fi varchar(4000),
  eligibility_sv varchar(4000),
  eligibility_en varchar(4000),
  fees_fi varchar(4000),
  fees_sv varchar(4000),
  fees_en varchar(4000),
  assured_date date,
  position integer not null,
  last_modified timestamp(6) with time zone not null,
  primary key (id),
  foreign key (organisation_id) references organisation (id)
);

create index service_organisation_id_idx on service (organisation_id);

create table service_area (
  id uuid not null,
  service_id uuid not null,
  area_uri varchar(255) not null,
  name varchar(500),
  description varchar(2000),
  position integer not null,
  primary key (id),
  foreign key (service_id) references service (id),
  foreign key (area_uri) references area (uri)
);

create index service_area_service_id_idx on service_area (service_id);

create table service_language (
  id uuid not null,
  service_id uuid not null,
  code varchar(16) not null,
  name varchar(255),
  position integer not null,
  primary key (id),
  foreign key (service_id) references service (id)
);

create index service_language_service_id_idx on service_language (service_id);

create table cost_option (
  id uuid not null,
  service_id uuid not null,
  option_fi varchar(4000),
  option_sv varchar(4000),
  option_en varchar(4000),
  currency varchar(8),
  amount numeric(14,2),
  amount_description varchar(2000),
  position integer not null,
  primary key (id),
  foreign key (service_id) references service (id)
);

create index cost_option_service_id_idx on cost_option (service_id);

create table service_contact (
  id uuid not null,
  service_id uuid not null,
  name varchar(500),
  title varchar(500),
  department varchar(500),
  email varchar(320),
  phone varchar(100),
  position integer not null,
  primary key (id),
  foreign key (service_id) references service (id)
);

create index service_contact_service_id_idx on service_contact (service_id);

create table service_classification (
  id uuid not null,
  service_id uuid not null,
  term_id uuid not null,
  position integer not null,
  primary key (id),
  foreign key (service_id) references service (id),
  foreign key (term_id) references taxonomy_term (id)
);

create index service_classification_service_id_idx on service_classification (service_id);

create index service_classification_term_id_idx on service_classification (term_id);

create table organisation_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  name_fi varchar(500),
  name_sv varchar(500),
  name_en varchar(500),
  description_fi varchar,
  description_sv varchar,
  description_en varchar,
  website varchar(1000),
  email varchar(320),
  parent_id uuid,
  archived boolean,
  position integer,
  last_modified timestamp(6) with time zone,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table organisation_classification_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  organisation_id uuid,
  term_id uuid,
  position integer,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table service_aud (
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
  url varchar(1000),
  email varchar(320),
  status varchar(16),
  alert_fi varchar(4000),
  alert_sv varchar(4000),
  alert_en varchar(4000),
  eligibility_fi varchar(4000),
  eligibility_sv varchar(4000),
  eligibility_en varchar(4000),
  fees_fi varchar(4000),
  fees_sv varchar(4000),
  fees_en varchar(4000),
  assured_date date,
  position integer,
  last_modified timestamp(6) with time zone,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table service_area_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  service_id uuid,
  area_uri varchar(255),
  name varchar(500),
  description varchar(2000),
  position integer,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table service_language_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  service_id uuid,
  code varchar(16),
  name varchar(255),
  position integer,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table cost_option_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  service_id uuid,
  option_fi varchar(4000),
  option_sv varchar(4000),
  option_en varchar(4000),
  currency varchar(8),
  amount numeric(14,2),
  amount_description varchar(2000),
  position integer,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table service_contact_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  service_id uuid,
  name varchar(500),
  title varchar(500),
  department varchar(500),
  email varchar(320),
  phone varchar(100),
  position integer,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

create table service_classification_aud (
  rev integer not null,
  revtype smallint,
  id uuid not null,
  service_id uuid,
  term_id uuid,
  position integer,
  primary key (rev, id),
  foreign key (rev) references revinfo (rev)
);

-- Spring Modulith: events published to other modules, kept until their listeners complete.
create table event_publication (
  id uuid not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event varchar not null,
  publication_date timestamp(6) with time zone not null,
  completion_date timestamp(6) with time zone,
  status varchar(32),
  completion_attempts integer not null,
  last_resubmission_date timestamp(6) with time zone
);
create index event_publication_completion_idx on event_publication (completion_date);

-- Reference areas: the EU, Finland, Keski-Suomi with its sub-regions and 22 municipalities (Statistics Finland codes).
insert into area (uri, code, type, name_fi, name_sv, name_en, parent_uri, municipality_kind, position) values
  ('urn:kv-verkostot:area:EU', 'EU', 'UNION', 'Euroopan unioni', 'Europeiska unionen', 'European Union', NULL, NULL, 1),
  ('urn:iso:3166-1:FI', 'FI', 'COUNTRY', 'Suomi', 'Finland', 'Finland', 'urn:kv-verkostot:area:EU', NULL, 2),
  ('urn:fi:stat:maakunta:13', '13', 'REGION', 'Keski-Suomi', 'Mellersta Finland', 'Central Finland', 'urn:iso:3166-1:FI', NULL, 3),
  ('urn:fi:stat:seutukunta:131', '131', 'SUB_REGION', 'Jyväskylän seutukunta', 'Jyväskylä ekonomiska region', 'Jyväskylä sub-region', 'urn:fi:stat:maakunta:13', NULL, 4),
  ('urn:fi:stat:seutukunta:132', '132', 'SUB_REGION', 'Joutsan seutukunta', 'Joutsa ekonomiska region', 'Joutsa sub-region', 'urn:fi:stat:maakunta:13', NULL, 5),
  ('urn:fi:stat:seutukunta:133', '133', 'SUB_REGION', 'Keuruun seutukunta', 'Keuruu ekonomiska region', 'Keuruu sub-region', 'urn:fi:stat:maakunta:13', NULL, 6),
  ('urn:fi:stat:seutukunta:134', '134', 'SUB_REGION', 'Jämsän seutukunta', 'Jämsä ekonomiska region', 'Jämsä sub-region', 'urn:fi:stat:maakunta:13', NULL, 7),
  ('urn:fi:stat:seutukunta:135', '135', 'SUB_REGION', 'Äänekosken seutukunta', 'Äänekoski ekonomiska region', 'Äänekoski sub-region', 'urn:fi:stat:maakunta:13', NULL, 8),
  ('urn:fi:stat:seutukunta:138', '138', 'SUB_REGION', 'Saarijärven–Viitasaaren seutukunta', 'Saarijärvi-Viitasaari ekonomiska region', 'Saarijärvi-Viitasaari sub-region', 'urn:fi:stat:maakunta:13', NULL, 9),
  ('urn:fi:stat:kunta:077', '077', 'MUNICIPALITY', 'Hankasalmi', 'Hankasalmi', 'Hankasalmi', 'urn:fi:stat:seutukunta:131', 'kunta', 10),
  ('urn:fi:stat:kunta:172', '172', 'MUNICIPALITY', 'Joutsa', 'Joutsa', 'Joutsa', 'urn:fi:stat:seutukunta:132', 'kunta', 11),
  ('urn:fi:stat:kunta:179', '179', 'MUNICIPALITY', 'Jyväskylä', 'Jyväskylä', 'Jyväskylä', 'urn:fi:stat:seutukunta:131', 'kaupunki', 12),
  ('urn:fi:stat:kunta:182', '182', 'MUNICIPALITY', 'Jämsä', 'Jämsä', 'Jämsä', 'urn:fi:stat:seutukunta:134', 'kaupunki', 13),
  ('urn:fi:stat:kunta:216', '216', 'MUNICIPALITY', 'Kannonkoski', 'Kannonkoski', 'Kannonkoski', 'urn:fi:stat:seutukunta:138', 'kunta', 14),
  ('urn:fi:stat:kunta:226', '226', 'MUNICIPALITY', 'Karstula', 'Karstula', 'Karstula', 'urn:fi:stat:seutukunta:138', 'kunta', 15),
  ('urn:fi:stat:kunta:249', '249', 'MUNICIPALITY', 'Keuruu', 'Keuruu', 'Keuruu', 'urn:fi:stat:seutukunta:133', 'kaupunki', 16),
  ('urn:fi:stat:kunta:256', '256', 'MUNICIPALITY', 'Kinnula', 'Kinnula', 'Kinnula', 'urn:fi:stat:seutukunta:138', 'kunta', 17),
  ('urn:fi:stat:kunta:265', '265', 'MUNICIPALITY', 'Kivijärvi', 'Kivijärvi', 'Kivijärvi', 'urn:fi:stat:seutukunta:138', 'kunta', 18),
  ('urn:fi:stat:kunta:275', '275', 'MUNICIPALITY', 'Konnevesi', 'Konnevesi', 'Konnevesi', 'urn:fi:stat:seutukunta:135', 'kunta', 19),
  ('urn:fi:stat:kunta:312', '312', 'MUNICIPALITY', 'Kyyjärvi', 'Kyyjärvi', 'Kyyjärvi', 'urn:fi:stat:seutukunta:138', 'kunta', 20),
  ('urn:fi:stat:kunta:410', '410', 'MUNICIPALITY', 'Laukaa', 'Laukaa', 'Laukaa', 'urn:fi:stat:seutukunta:131', 'kunta', 21),
  ('urn:fi:stat:kunta:435', '435', 'MUNICIPALITY', 'Luhanka', 'Luhanka', 'Luhanka', 'urn:fi:stat:seutukunta:132', 'kunta', 22),
  ('urn:fi:stat:kunta:495', '495', 'MUNICIPALITY', 'Multia', 'Multia', 'Multia', 'urn:fi:stat:seutukunta:133', 'kunta', 23),
  ('urn:fi:stat:kunta:500', '500', 'MUNICIPALITY', 'Muurame', 'Muurame', 'Muurame', 'urn:fi:stat:seutukunta:131', 'kunta', 24),
  ('urn:fi:stat:kunta:592', '592', 'MUNICIPALITY', 'Petäjävesi', 'Petäjävesi', 'Petäjävesi', 'urn:fi:stat:seutukunta:131', 'kunta', 25),
  ('urn:fi:stat:kunta:601', '601', 'MUNICIPALITY', 'Pihtipudas', 'Pihtipudas', 'Pihtipudas', 'urn:fi:stat:seutukunta:138', 'kunta', 26),
  ('urn:fi:stat:kunta:729', '729', 'MUNICIPALITY', 'Saarijärvi', 'Saarijärvi', 'Saarijärvi', 'urn:fi:stat:seutukunta:138', 'kaupunki', 27),
  ('urn:fi:stat:kunta:850', '850', 'MUNICIPALITY', 'Toivakka', 'Toivakka', 'Toivakka', 'urn:fi:stat:seutukunta:131', 'kunta', 28),
  ('urn:fi:stat:kunta:892', '892', 'MUNICIPALITY', 'Uurainen', 'Uurainen', 'Uurainen', 'urn:fi:stat:seutukunta:131', 'kunta', 29),
  ('urn:fi:stat:kunta:931', '931', 'MUNICIPALITY', 'Viitasaari', 'Viitasaari', 'Viitasaari', 'urn:fi:stat:seutukunta:138', 'kaupunki', 30),
  ('urn:fi:stat:kunta:992', '992', 'MUNICIPALITY', 'Äänekoski', 'Äänekoski', 'Äänekoski', 'urn:fi:stat:seutukunta:135', 'kaupunki', 31);
