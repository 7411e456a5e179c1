-- The monitoring cycle: a collection per period, opened by an administrator with a deadline, and one part per
-- responsible structure with objectives in the plan. A part moves OPEN -> SUBMITTED -> RETURNED | ACCEPTED; while it
-- is SUBMITTED or ACCEPTED editors cannot change that structure's results for the period.
CREATE TABLE collection (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id   BIGINT        NOT NULL,
    deadline    DATE          NOT NULL,
    message     TEXT,
    opened_by   VARCHAR(255)  NOT NULL,
    opened_at   DATETIME(6)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_collection_period UNIQUE (period_id),
    CONSTRAINT fk_collection_period FOREIGN KEY (period_id) REFERENCES monitoring_period (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collection_part (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    collection_id  BIGINT         NOT NULL,
    structure_id   BIGINT         NOT NULL,
    state          VARCHAR(16)    NOT NULL DEFAULT 'OPEN',
    submitted_by   VARCHAR(255),
    submitted_at   DATETIME(6),
    return_reason  VARCHAR(1000),
    decided_by     VARCHAR(255),
    decided_at     DATETIME(6),
    version        INT            NOT NULL DEFAULT 0,
    created_at     DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_collection_part_structure UNIQUE (collection_id, structure_id),
    CONSTRAINT fk_collection_part_collection FOREIGN KEY (collection_id) REFERENCES collection (id) ON DELETE CASCADE,
    CONSTRAINT fk_collection_part_structure FOREIGN KEY (structure_id) REFERENCES responsible_structure (id),
    CONSTRAINT ck_collection_part_state CHECK (state IN ('OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
