-- The mail outbox: a message is written here in the same transaction as the change it tells about, so it exists
-- if and only if that change committed; a scheduled relay sends it later (MailRelay). The dedup key makes enqueueing
-- idempotent: the same digest of the same run is never queued twice. next_attempt_at doubles as the claim's lease: a
-- relay that claims a message moves it into the future, so another relay (another replica) does not pick it up
-- unless the first one died before recording the outcome. claim_token lets only the claiming relay record it.
CREATE TABLE mail_message (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedup_key          VARCHAR(191)  NOT NULL,
    recipient_address  VARCHAR(254)  NOT NULL,
    recipient_name     VARCHAR(255),
    subject            VARCHAR(255)  NOT NULL,
    text_body          MEDIUMTEXT    NOT NULL,
    html_body          MEDIUMTEXT,
    message_id         VARCHAR(255)  NOT NULL,
    state              VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    attempts           INT           NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(6)   NOT NULL,
    claim_token        CHAR(36),
    last_error         VARCHAR(1000),
    created_at         DATETIME(6)   NOT NULL,
    sent_at            DATETIME(6),
    user_id            BIGINT,
    about_kind         VARCHAR(32),
    about_id           BIGINT,
    CONSTRAINT uk_mail_message_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_mail_message_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_mail_message_state CHECK (state IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The relay's claim: pending messages that are due, oldest first.
CREATE INDEX ix_mail_message_due ON mail_message (state, next_attempt_at);
-- The administrators' list: newest first, optionally since a time.
CREATE INDEX ix_mail_message_created ON mail_message (created_at);
