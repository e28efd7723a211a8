-- Scheduled work shared by several instances of Custody against one database. Portable like V1.

-- One row per job and day. The primary key is the arbiter: when several instances fire the same job on the
-- same day, exactly one insert commits and the others see the key taken, so the job runs once per day. A row
-- left FAILED, or RUNNING past its lease (an instance that died), may be taken over by a later attempt that
-- day; the next day has a key of its own, so nothing blocks tomorrow's run.
CREATE TABLE scheduled_run (
    job             VARCHAR(60)   NOT NULL,
    run_date        DATE          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    triggered_by    VARCHAR(60)   NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    attempts        INTEGER       NOT NULL,
    model_version   INTEGER,
    organizations   INTEGER,
    changed         INTEGER,
    history_rows    INTEGER,
    duration_millis BIGINT,
    error           VARCHAR(2000),
    CONSTRAINT scheduled_run_key PRIMARY KEY (job, run_date),
    CONSTRAINT scheduled_run_status CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED'))
);

-- A second lock row: every rescore locks row 2 before it reads the facts, so two transactions that touch
-- the same buyer rescore it one after the other, the second from the facts and scores the first committed.
INSERT INTO network_lock (id) VALUES (2);
