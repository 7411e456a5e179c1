-- The whole plan model of PRODUCT.md. Every editable row carries a version for optimistic locking and
-- updated_at for incremental reads; texts are utf8mb4 because the plan is written in Italian.

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_organisation_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE responsible_structure (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    short_name      VARCHAR(64),
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_structure_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_structure_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE territorial_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_territorial_unit_code UNIQUE (organisation_id, code),
    CONSTRAINT fk_territorial_unit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    plan_year       INT           NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_plan_year UNIQUE (organisation_id, plan_year),
    CONSTRAINT fk_plan_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE monitoring_period (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    reference_date  DATE         NOT NULL,
    label           VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL DEFAULT 'OPEN',
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_period_date UNIQUE (plan_id, reference_date),
    CONSTRAINT fk_period_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT ck_period_kind CHECK (kind IN ('INTERIM', 'FINAL')),
    CONSTRAINT ck_period_status CHECK (status IN ('OPEN', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE strategic_area (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    number      INT           NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_area_number UNIQUE (plan_id, number),
    CONSTRAINT fk_area_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE objective (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id                   BIGINT         NOT NULL,
    area_id                   BIGINT         NOT NULL,
    code                      VARCHAR(16)    NOT NULL,
    title                     VARCHAR(1000)  NOT NULL,
    weight                    DECIMAL(5, 2),
    notes                     TEXT,
    responsible_structure_id  BIGINT         NOT NULL,
    programming_link          VARCHAR(500),
    deadline                  DATE,
    timeline_number           INT,
    timeline_title            VARCHAR(1000),
    version                   INT            NOT NULL DEFAULT 0,
    created_at                DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at                DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_objective_code UNIQUE (plan_id, code),
    CONSTRAINT fk_objective_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_objective_area FOREIGN KEY (area_id) REFERENCES strategic_area (id),
    CONSTRAINT fk_objective_structure FOREIGN KEY (responsible_structure_id) REFERENCES responsible_structure (id),
    CONSTRAINT ck_objective_weight CHECK (weight IS NULL OR (weight >= 0 AND weight <= 100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_objective_area ON objective (area_id);
CREATE INDEX ix_objective_structure ON objective (responsible_structure_id);

CREATE TABLE indicator (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    objective_id             BIGINT          NOT NULL,
    position                 INT             NOT NULL,
    description              VARCHAR(1000)   NOT NULL,
    kind                     VARCHAR(16)     NOT NULL,
    numerator_label          VARCHAR(500),
    denominator_label        VARCHAR(500),
    planned_quantity         DECIMAL(19, 4),
    baseline_value           DECIMAL(19, 6),
    baseline_reference       VARCHAR(100),
    target_value             DECIMAL(19, 6),
    next_years_target_value  DECIMAL(19, 6),
    next_years_target_rule   VARCHAR(255),
    planning_note            TEXT,
    version                  INT             NOT NULL DEFAULT 0,
    created_at               DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at               DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_indicator_position UNIQUE (objective_id, position),
    CONSTRAINT fk_indicator_objective FOREIGN KEY (objective_id) REFERENCES objective (id),
    CONSTRAINT ck_indicator_kind CHECK (kind IN ('TIMELINE', 'RATIO', 'RATIO_PLANNED', 'DIRECT')),
    CONSTRAINT ck_indicator_planned CHECK (planned_quantity IS NULL OR planned_quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE phase (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    objective_id      BIGINT         NOT NULL,
    number            INT            NOT NULL,
    description       VARCHAR(2000)  NOT NULL,
    output            VARCHAR(1000),
    planned_start     DATE           NOT NULL,
    planned_end       DATE           NOT NULL,
    responsible       VARCHAR(500),
    weight            DECIMAL(5, 2),
    actual_end        DATE,
    partial_progress  DECIMAL(5, 2),
    monitoring_note   TEXT,
    data_source       VARCHAR(500),
    version           INT            NOT NULL DEFAULT 0,
    created_at        DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_phase_number UNIQUE (objective_id, number),
    CONSTRAINT fk_phase_objective FOREIGN KEY (objective_id) REFERENCES objective (id),
    CONSTRAINT ck_phase_dates CHECK (planned_end >= planned_start),
    CONSTRAINT ck_phase_weight CHECK (weight IS NULL OR (weight >= 0 AND weight <= 100)),
    CONSTRAINT ck_phase_progress CHECK (partial_progress IS NULL OR (partial_progress >= 0 AND partial_progress <= 100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A count without territorial unit is the total; unit_key folds NULL into 0 so that the natural key is unique
-- (MariaDB treats NULLs as distinct in unique indexes, which would let a retried total count twice).
CREATE TABLE indicator_count (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id         BIGINT          NOT NULL,
    component            VARCHAR(16)     NOT NULL,
    span_start           DATE            NOT NULL,
    span_end             DATE            NOT NULL,
    territorial_unit_id  BIGINT,
    unit_key             BIGINT AS (COALESCE(territorial_unit_id, 0)) PERSISTENT,
    count_value          DECIMAL(19, 4)  NOT NULL,
    version              INT             NOT NULL DEFAULT 0,
    created_at           DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_count_natural_key UNIQUE (indicator_id, component, span_start, span_end, unit_key),
    CONSTRAINT fk_count_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_count_unit FOREIGN KEY (territorial_unit_id) REFERENCES territorial_unit (id),
    CONSTRAINT ck_count_component CHECK (component IN ('NUMERATOR', 'DENOMINATOR')),
    CONSTRAINT ck_count_span CHECK (span_end >= span_start),
    CONSTRAINT ck_count_value CHECK (count_value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_count_unit ON indicator_count (territorial_unit_id);

CREATE TABLE indicator_result (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id           BIGINT          NOT NULL,
    period_id              BIGINT          NOT NULL,
    entered_value          DECIMAL(19, 6),
    entered_justification  TEXT,
    monitoring_note        TEXT,
    data_source            VARCHAR(500),
    assessment_step        INT,
    assessed_by            VARCHAR(100),
    assessed_at            DATETIME(6),
    version                INT             NOT NULL DEFAULT 0,
    created_at             DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at             DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_result_indicator_period UNIQUE (indicator_id, period_id),
    CONSTRAINT fk_result_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_result_period FOREIGN KEY (period_id) REFERENCES monitoring_period (id),
    CONSTRAINT ck_result_step CHECK (assessment_step IS NULL OR assessment_step BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_result_period ON indicator_result (period_id);

-- Remembers which default data sets were loaded, so a restart never loads one again over users' changes.
CREATE TABLE data_seed (
    name       VARCHAR(100) PRIMARY KEY,
    loaded_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
