-- A closed period shows its frozen values everywhere, the value by territorial unit included: the units' figures
-- at closing are kept beside the report (JSON by indicator id; NULL in snapshots taken before this column).
ALTER TABLE period_snapshot
    ADD COLUMN unit_values LONGTEXT NULL,
    ADD CONSTRAINT ck_snapshot_unit_values CHECK (unit_values IS NULL OR JSON_VALID(unit_values));

-- Changes to indicator values that leave no row of their own behind, for the pull API's updatedSince: a deleted
-- result or phase moves the values it fed (removed = 0), a deleted indicator or period takes its rows away
-- (removed = 1, listed as removals). No foreign keys: the rows they name are gone, and a plan may go later.
CREATE TABLE indicator_value_change (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT       NOT NULL,
    plan_year     INT          NOT NULL,
    objective_id  BIGINT       NULL,
    indicator_id  BIGINT       NULL,
    period_id     BIGINT       NULL,
    removed       BOOLEAN      NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    CONSTRAINT ck_value_change_names_rows CHECK (objective_id IS NOT NULL OR indicator_id IS NOT NULL
        OR period_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_value_change_plan ON indicator_value_change (plan_id, changed_at);
CREATE INDEX ix_value_change_time ON indicator_value_change (changed_at);
-- The pull looks the latest change up per indicator and per objective (a deleted phase moves a timeline).
CREATE INDEX ix_value_change_indicator ON indicator_value_change (indicator_id, changed_at);
CREATE INDEX ix_value_change_objective ON indicator_value_change (objective_id, changed_at);
