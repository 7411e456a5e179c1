-- The OIV's (Organismo Indipendente di Valutazione) review of a monitoring period: per objective a check outcome with
-- its observations, and for the closed final period one overall validation with its reasoning. Neither is plan data:
-- they are written after the period closes, by the OIV only, and each write is in the audit trail.

-- The OIV is a role of local accounts too.
ALTER TABLE app_user DROP CONSTRAINT ck_user_role;
ALTER TABLE app_user ADD CONSTRAINT ck_user_role CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'VIEWER', 'OIV'));

CREATE TABLE oiv_review (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id     BIGINT         NOT NULL,
    objective_id  BIGINT         NOT NULL,
    outcome       VARCHAR(32)    NOT NULL,
    observations  TEXT,
    reviewed_by   VARCHAR(255)   NOT NULL,
    reviewed_at   DATETIME(6)    NOT NULL,
    version       INT            NOT NULL DEFAULT 0,
    created_at    DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_oiv_review UNIQUE (period_id, objective_id),
    -- No cascade: a period or objective the OIV has reviewed keeps its review (deleting it is refused).
    CONSTRAINT fk_oiv_review_period FOREIGN KEY (period_id) REFERENCES monitoring_period (id),
    CONSTRAINT fk_oiv_review_objective FOREIGN KEY (objective_id) REFERENCES objective (id),
    CONSTRAINT ck_oiv_review_outcome CHECK (outcome IN ('VERIFIED', 'VERIFIED_WITH_OBSERVATIONS', 'NOT_VERIFIED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE oiv_validation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id     BIGINT         NOT NULL,
    outcome       VARCHAR(32)    NOT NULL,
    reasoning     TEXT           NOT NULL,
    validated_by  VARCHAR(255)   NOT NULL,
    validated_at  DATETIME(6)    NOT NULL,
    version       INT            NOT NULL DEFAULT 0,
    created_at    DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_oiv_validation_period UNIQUE (period_id),
    CONSTRAINT fk_oiv_validation_period FOREIGN KEY (period_id) REFERENCES monitoring_period (id),
    CONSTRAINT ck_oiv_validation_outcome CHECK (outcome IN ('VALIDATED', 'VALIDATED_WITH_RESERVATIONS', 'NOT_VALIDATED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
