-- The interop module's own tables (ADR 0006). Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

-- Ids of HSDS records the directory keeps only as text: translation attributes (attribute_key 'description.en',
-- 'option.sv', ...) of a service, organisation, cost option or taxonomy term, and contact phones ('phone'), so that an
-- export gives back the ids that were imported. owner_id is the id of the record the text belongs to.
create table hsds_attribute_id (
  owner_id uuid not null,
  attribute_key varchar(100) not null,
  attribute_id uuid not null,
  primary key (owner_id, attribute_key),
  constraint hsds_attribute_id_unique unique (attribute_id)
);

-- Facts of the exchanged files that the directory has no place for, e.g. 'municipalities.version'.
create table hsds_setting (
  setting_key varchar(100) not null primary key,
  setting_value varchar(4000)
);
