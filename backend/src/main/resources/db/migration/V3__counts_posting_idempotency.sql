-- Who posted each count (a user or a token), shown beside the figures.
ALTER TABLE indicator_count ADD COLUMN updated_by VARCHAR(100) NULL;
CREATE INDEX ix_count_updated ON indicator_count (updated_at);

-- Idempotency keys of POST requests, scoped by caller, written in the same transaction as the request's effect:
-- a retried request is answered from here instead of being applied twice.
CREATE TABLE idempotency_key (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    caller           VARCHAR(100)  NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    fingerprint      CHAR(64)      NOT NULL,
    response_status  INT           NOT NULL,
    response_body    LONGTEXT      NOT NULL,
    created_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_idempotency_key UNIQUE (caller, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_idempotency_created ON idempotency_key (created_at);
