-- One row that every write of supply links locks first, so two concurrent writes cannot each pass the
-- cycle check and together close a cycle.
CREATE TABLE network_lock (
    id  INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO network_lock (id) VALUES (1);
