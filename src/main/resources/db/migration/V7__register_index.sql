-- The register reads, for every plan, its latest version, its version in force and its open
-- version. This index holds every column it needs from plan_version, so the database answers from
-- the index alone and never reads the wide rows (with their content) of all versions.
-- The same migration runs on the embedded H2 database and on PostgreSQL.
CREATE INDEX ix_version_register
    ON plan_version (plan_id, sequence_no, status, open_marker, version_number, effective_date, id);
