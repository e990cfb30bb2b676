-- The service a relation is about: for "co-delivers" the service the two organisations deliver together (required by
-- the application for that type), optional for the others. One of the source's or the target's services, checked by
-- the application (network.Relations); services are never deleted, only withdrawn. H2 (PostgreSQL mode) and PostgreSQL.

alter table network_relation add column service_id uuid;
alter table network_relation add constraint network_relation_service_fk foreign key (service_id) references service (id);
create index network_relation_service on network_relation (service_id);

alter table network_relation_aud add column service_id uuid;
