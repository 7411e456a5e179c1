-- Evidence (elementi probativi): files attached to an indicator's result in a monitoring period, or to a phase.
-- The metadata, which lists show, and the bytes, which only a download reads, are in two tables, so that no list ever
-- reads a file. Both are written in the same transaction as the audit entry: an upload is kept whole with its record
-- or not at all, and a backup of the database (mariadb-dump, mariabackup) holds the files with the data they back.
-- The bytes are kept in chunks of at most 1 MiB, one row each: no statement or row is ever larger than that, so the
-- server's max_allowed_packet (16 MiB by default) never limits a file, and neither writing nor reading one holds more
-- than a chunk in the backend's memory.
CREATE TABLE evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id  BIGINT,
    period_id     BIGINT,
    phase_id      BIGINT,
    file_name     VARCHAR(255)   NOT NULL,
    media_type    VARCHAR(100)   NOT NULL,
    size_bytes    BIGINT         NOT NULL,
    sha256        VARCHAR(64)    NOT NULL,
    description   VARCHAR(1000),
    uploaded_by   VARCHAR(255)   NOT NULL,
    version       INT            NOT NULL DEFAULT 0,
    created_at    DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    -- No cascade: deleting an indicator, period or phase that has evidence is refused (409) by the services.
    CONSTRAINT fk_evidence_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_evidence_period FOREIGN KEY (period_id) REFERENCES monitoring_period (id),
    CONSTRAINT fk_evidence_phase FOREIGN KEY (phase_id) REFERENCES phase (id),
    -- Attached to exactly one thing: a result (indicator and period) or a phase.
    CONSTRAINT ck_evidence_attached CHECK (
        (indicator_id IS NOT NULL AND period_id IS NOT NULL AND phase_id IS NULL)
        OR (indicator_id IS NULL AND period_id IS NULL AND phase_id IS NOT NULL)),
    CONSTRAINT ck_evidence_size CHECK (size_bytes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_result ON evidence (indicator_id, period_id, created_at);
CREATE INDEX ix_evidence_phase ON evidence (phase_id, created_at);

CREATE TABLE evidence_content (
    evidence_id  BIGINT      NOT NULL,
    chunk        INT         NOT NULL,
    bytes        MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (evidence_id, chunk),
    CONSTRAINT fk_evidence_content_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id) ON DELETE CASCADE
) ENGINE=InnoDB;
