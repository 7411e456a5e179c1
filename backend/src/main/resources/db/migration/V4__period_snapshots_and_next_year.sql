-- Closing a monitoring period freezes its Allegato A: the report as it stood at closing is kept here, so later
-- changes to counts or phases never alter what was published for that period.
ALTER TABLE monitoring_period
    ADD COLUMN closed_at DATETIME(6)  NULL,
    ADD COLUMN closed_by VARCHAR(100) NULL;

CREATE TABLE period_snapshot (
    period_id  BIGINT        PRIMARY KEY,
    report     LONGTEXT      NOT NULL,
    taken_at   DATETIME(6)   NOT NULL,
    taken_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_snapshot_period FOREIGN KEY (period_id) REFERENCES monitoring_period (id) ON DELETE CASCADE,
    CONSTRAINT ck_snapshot_report CHECK (JSON_VALID(report))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Some acts need a stated reason (reopening a closed period); the trail keeps it beside the change.
ALTER TABLE audit_event ADD COLUMN reason VARCHAR(1000) NULL;

-- A plan rolled over from the previous year: a target may come from a rule resolved against last year's final
-- value, and each indicator remembers the one it continues.
ALTER TABLE indicator
    ADD COLUMN target_rule           VARCHAR(255) NULL,
    ADD COLUMN previous_indicator_id BIGINT       NULL,
    ADD CONSTRAINT fk_indicator_previous FOREIGN KEY (previous_indicator_id) REFERENCES indicator (id);
