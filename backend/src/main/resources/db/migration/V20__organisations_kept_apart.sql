-- Several organisations in one deployment, each kept apart (issue 18). A person of the Region (REGIONAL) reads the
-- published data of all of them; a token may pull values from all of them; each organisation decides whether its
-- data is read publicly (null: the deployment's default); the audit trail is listed per organisation.

ALTER TABLE app_user DROP CONSTRAINT ck_user_role;
ALTER TABLE app_user ADD CONSTRAINT ck_user_role
    CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'VIEWER', 'OIV', 'REGIONAL'));

ALTER TABLE api_token ADD COLUMN all_organisations BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE organisation ADD COLUMN public_read BOOLEAN NULL;

ALTER TABLE audit_event ADD COLUMN organisation_id BIGINT NULL;
-- Until now every change was made in the default organisation.
UPDATE audit_event SET organisation_id = (SELECT id FROM organisation WHERE code = '${default_organisation}');
ALTER TABLE audit_event ADD CONSTRAINT fk_audit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX ix_audit_organisation ON audit_event (organisation_id, occurred_at);
