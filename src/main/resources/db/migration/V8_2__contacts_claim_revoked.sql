-- Staff may revoke an approved claim (contacts module): the member loses the right to keep the company's profile at
-- once. Works on H2 (PostgreSQL mode) and PostgreSQL.
alter table contacts_claim drop constraint contacts_claim_status;
alter table contacts_claim add constraint contacts_claim_status check (status in ('PENDING', 'APPROVED', 'REJECTED', 'REVOKED'));
