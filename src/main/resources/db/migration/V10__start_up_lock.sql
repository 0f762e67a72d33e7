-- One row that nodes starting at the same moment lock (SELECT ... FOR UPDATE) while they create
-- PlanDesk's groups, authorizations, Tasklist filters and demo users: the second node waits and then
-- finds them made, instead of creating duplicates or failing on a unique key.
CREATE TABLE start_up_lock (
    id  INT PRIMARY KEY
);
INSERT INTO start_up_lock (id) VALUES (1);
