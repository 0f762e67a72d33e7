-- The register filters and sorts every plan; until now each request lower-cased every code and
-- title and derived every plan's status from its versions. These columns keep what it filters and
-- sorts by on the plan row itself, each with an index in the register's order, so a page is an
-- index range with LIMIT instead of a pass over all plans and their versions.
-- PlanRepository keeps them: the keys when a plan is inserted, status and effective date whenever a
-- version is added or changes status. The same migration runs on the embedded H2 database and on
-- PostgreSQL.
ALTER TABLE plan ADD COLUMN code_key VARCHAR(40);
ALTER TABLE plan ADD COLUMN title_key VARCHAR(200);
-- In force when a version is, else the status of the latest version (as the register shows it).
ALTER TABLE plan ADD COLUMN register_status VARCHAR(20);
-- The effective date of the version in force, if any.
ALTER TABLE plan ADD COLUMN register_effective DATE;

UPDATE plan SET
    code_key = LOWER(code),
    title_key = LOWER(title),
    register_status = CASE
        WHEN EXISTS (SELECT 1 FROM plan_version f WHERE f.plan_id = plan.id AND f.status = 'IN_FORCE') THEN 'IN_FORCE'
        ELSE (SELECT l.status FROM plan_version l WHERE l.plan_id = plan.id
              AND l.sequence_no = (SELECT MAX(m.sequence_no) FROM plan_version m WHERE m.plan_id = plan.id))
    END,
    register_effective = (SELECT MAX(f.effective_date) FROM plan_version f
                          WHERE f.plan_id = plan.id AND f.status = 'IN_FORCE');

ALTER TABLE plan ALTER COLUMN code_key SET NOT NULL;
ALTER TABLE plan ALTER COLUMN title_key SET NOT NULL;

-- Every order ends with the code, so pages never overlap; the id lets PostgreSQL answer from the index.
CREATE INDEX ix_plan_code_order ON plan (code_key, code, id);
CREATE INDEX ix_plan_title_order ON plan (title_key, code_key, code, id);
CREATE INDEX ix_plan_status_order ON plan (register_status, code_key, code, id);
CREATE INDEX ix_plan_effective_order ON plan (register_effective, code_key, code, id);
