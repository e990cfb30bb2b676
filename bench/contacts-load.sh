#!/usr/bin/env bash
# Loads the synthetic kv database written by tools/contacts-synthetic/generate.py into PostgreSQL with COPY: the
# fixture of the contacts benchmark (docs/benchmarks.md, "Contacts (issue 5)"), not the import being measured.
# The database must have the application's schema and the directory's taxonomies: start the app on it once first
# (Flyway, and the demo data, whose markets, industries and municipalities are the codes the search filters and the
# import check against; with --kv.demo-data=false they are missing and a search by market answers 400), e.g.
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/kv_perf ... bin/run
# (the 36 demo companies it adds are emptied below).
# Empties the contacts tables, copies the CSV files in, analyses. On the next start the application finds its
# companies' index out of step with the database and rebuilds it (contacts.ContactIndexing; the log says how long).
# Usage: bench/contacts-load.sh CSV_DIR [database=kv_perf]. Environment: PGHOST (localhost), PGUSER (kv),
# PGPASSWORD (kv).
set -euo pipefail
dir=${1:?usage: bench/contacts-load.sh CSV_DIR [database]}; db=${2:-kv_perf}
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-kv} PGPASSWORD=${PGPASSWORD:-kv}
psql -q -v ON_ERROR_STOP=1 "$db" -c \
  "truncate contacts_person, contacts_listing, contacts_experience, contacts_company cascade"
# The generator writes the columns of the first migration (V6_1); later columns (the people's review_reminded_at of
# V7_2, the companies' archived_at of V9_2) stay empty.
company="contacts_company (id, version, business_id, name, municipality_code, industry_code, size_class, website,
  languages, description, visibility, demo, reviewed_at, last_modified)"
person="contacts_person (id, version, company_id, organisation_id, name, role, email, phone, languages, visibility,
  legal_basis, consent_purpose, consent_given_on, consent_source, consent_withdrawn_at, erased_at, demo, reviewed_at,
  last_modified)"
for table in contacts_company contacts_experience contacts_listing contacts_person; do
  started=$(date +%s.%N)
  target=$table; [[ $table == contacts_person ]] && target=$(echo $person)
  [[ $table == contacts_company ]] && target=$(echo $company)
  psql -q -v ON_ERROR_STOP=1 "$db" -c "\\copy $target from '$dir/$table.csv' (format csv)"
  printf '%s: %s rows in %.1f s\n' "$table" "$(wc -l < "$dir/$table.csv")" "$(echo "$(date +%s.%N) - $started" | bc)"
done
psql -q -v ON_ERROR_STOP=1 "$db" -c "vacuum analyze contacts_company, contacts_experience, contacts_listing, contacts_person"
psql -At "$db" -c "select pg_size_pretty(pg_database_size('$db'))" | sed 's/^/database size: /'
