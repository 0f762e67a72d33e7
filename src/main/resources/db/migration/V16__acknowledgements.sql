-- Read and acknowledge (issue 18, item 1): when a version enters into force, every member of the
-- groups the coordinator chose (all staff by default) must read it and confirm. One light row per
-- person and version instead of a user task each (500 staff, 500 rows, no engine task); one small
-- process per version (version-acknowledgement.bpmn) reminds, escalates and closes. The same
-- migration runs on the embedded H2 database and on PostgreSQL.

-- The round of one version: whom it asked (the groups, comma-separated), when, and how it went on.
-- closed_at/closed_reason: the version left force (SUPERSEDED, RETIRED) with confirmations open.
CREATE TABLE acknowledgement_round (
    version_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES plan_version (id),
    audience       VARCHAR(2000) NOT NULL,
    opened_at      TIMESTAMP     NOT NULL,
    reminded_at    TIMESTAMP,
    reminded_count INT,
    escalated_at   TIMESTAMP,
    escalated_count INT,
    closed_at      TIMESTAMP,
    closed_reason  VARCHAR(20),
    CONSTRAINT ck_acknowledgement_round_closed
        CHECK (closed_reason IS NULL OR closed_reason IN ('SUPERSEDED', 'RETIRED'))
);

-- Who must acknowledge which version; confirmed_at is set once and never changed (a confirmation
-- is final: the UPDATE only touches a row still unconfirmed).
CREATE TABLE acknowledgement (
    version_id   BIGINT        NOT NULL REFERENCES acknowledgement_round (version_id),
    user_id      VARCHAR(64)   NOT NULL,
    user_name    VARCHAR(300)  NOT NULL,
    confirmed_at TIMESTAMP,
    PRIMARY KEY (version_id, user_id)
);

-- A person's open acknowledgements (their What's due page).
CREATE INDEX ix_acknowledgement_user ON acknowledgement (user_id, confirmed_at);
