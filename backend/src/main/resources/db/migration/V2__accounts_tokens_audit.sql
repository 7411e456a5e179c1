-- Who may do what, and what they did. Secrets (passwords, session and API tokens) are stored only as hashes.

CREATE TABLE app_user (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    username         VARCHAR(100)  NOT NULL,
    display_name     VARCHAR(255)  NOT NULL,
    password_hash    VARCHAR(100),
    role             VARCHAR(16)   NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    version          INT           NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_user_role CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'VIEWER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_structure (
    user_id       BIGINT NOT NULL,
    structure_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, structure_id),
    CONSTRAINT fk_user_structure_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_structure_structure FOREIGN KEY (structure_id) REFERENCES responsible_structure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sessions live in the database so that any replica accepts the cookie another one issued. The CSRF token is
-- derived from the cookie's secret, so it needs no column of its own.
CREATE TABLE user_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash    CHAR(64)     NOT NULL,
    user_id       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_seen_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_session_token UNIQUE (token_hash),
    CONSTRAINT fk_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_session_expires ON user_session (expires_at);

-- Failed logins per key (user, address) in a sliding window, counted here so the limit holds across replicas.
CREATE TABLE login_attempt (
    attempt_key   VARCHAR(300) NOT NULL PRIMARY KEY,
    window_start  DATETIME(6)  NOT NULL,
    failures      INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    token_prefix     VARCHAR(16)   NOT NULL,
    token_hash       CHAR(64)      NOT NULL,
    scopes           VARCHAR(200)  NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    revoked_at       DATETIME(6),
    last_used_at     DATETIME(6),
    created_by       VARCHAR(100)  NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_token_indicator (
    token_id      BIGINT NOT NULL,
    indicator_id  BIGINT NOT NULL,
    PRIMARY KEY (token_id, indicator_id),
    CONSTRAINT fk_token_indicator_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE,
    CONSTRAINT fk_token_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per change to plan data: who (user or token), when, and each changed field's old and new value.
CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_kind   VARCHAR(16)   NOT NULL,
    actor_name   VARCHAR(100)  NOT NULL,
    entity_type  VARCHAR(32)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    action       VARCHAR(16)   NOT NULL,
    changes      LONGTEXT      NOT NULL,
    CONSTRAINT ck_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    CONSTRAINT ck_audit_actor CHECK (actor_kind IN ('USER', 'TOKEN', 'SYSTEM')),
    CONSTRAINT ck_audit_changes CHECK (JSON_VALID(changes))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id, occurred_at);
