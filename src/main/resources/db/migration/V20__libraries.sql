-- The library network (README, "The library network"): PlanDesk serves libraries, each a Camunda
-- tenant of the same code, in a tree (a member library names its central library as parent).
-- The installation's own library is inserted from configuration (plandesk.library.*, set as Flyway
-- placeholders by library/LibraryMigrationSettings, already checked and quoted there), and every
-- plan and grant request belongs to it until a library is named: one library is a network of one.
-- The same migration runs on the embedded H2 database and on PostgreSQL.

CREATE TABLE library (
    code         VARCHAR(20)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    language     VARCHAR(2)   NOT NULL,
    parent_code  VARCHAR(20)  REFERENCES library (code),
    created_at   TIMESTAMP    NOT NULL
);

CREATE INDEX ix_library_parent ON library (parent_code);

INSERT INTO library (code, name, language, parent_code, created_at)
VALUES ('${library_code}', '${library_name}', '${library_language}', NULL, CURRENT_TIMESTAMP);

-- Existing rows, and every insert that names no library (all of today's code), belong to the
-- installation's own library.
ALTER TABLE plan ADD COLUMN library_code VARCHAR(20) DEFAULT '${library_code}' NOT NULL;
ALTER TABLE plan ADD CONSTRAINT fk_plan_library FOREIGN KEY (library_code) REFERENCES library (code);
CREATE INDEX ix_plan_library ON plan (library_code, code);

ALTER TABLE grant_request ADD COLUMN library_code VARCHAR(20) DEFAULT '${library_code}' NOT NULL;
ALTER TABLE grant_request ADD CONSTRAINT fk_grant_request_library FOREIGN KEY (library_code) REFERENCES library (code);
CREATE INDEX ix_grant_request_library ON grant_request (library_code, status);
