-- A person who belongs to several organisations (issue 18): app_user.organisation_id stays their home, whose
-- administrators manage the account (name, password, suspension); each row here gives them a role in one other
-- organisation, managed by that organisation's administrators. An editor's structures there are kept, as at home,
-- in app_user_structure: a structure belongs to one organisation, so the rows of each organisation stay apart.

CREATE TABLE user_membership (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id          BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    role             VARCHAR(16)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_membership_user_organisation UNIQUE (user_id, organisation_id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    -- REGIONAL is given only at home, in the organisation that hosts the deployment.
    CONSTRAINT ck_membership_role CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'VIEWER', 'OIV'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_membership_organisation ON user_membership (organisation_id);

-- The organisation a session acts in; null: the person's home organisation.
ALTER TABLE user_session ADD COLUMN organisation_id BIGINT NULL;
ALTER TABLE user_session ADD CONSTRAINT fk_session_organisation FOREIGN KEY (organisation_id)
    REFERENCES organisation (id) ON DELETE SET NULL;
