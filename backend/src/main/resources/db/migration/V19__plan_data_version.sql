-- A counter per plan, moved in the same transaction as every write that can change what the plan's report, values
-- or Allegato A show. A cached answer is served only while its plan's counter still reads as when it was computed,
-- so every backend on the database checks it with one small read (see it.perfmon.answers).
CREATE TABLE plan_data_version (
    plan_id BIGINT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT pk_plan_data_version PRIMARY KEY (plan_id),
    CONSTRAINT fk_plan_data_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB;

INSERT INTO plan_data_version (plan_id, version) SELECT id, 1 FROM plan;
