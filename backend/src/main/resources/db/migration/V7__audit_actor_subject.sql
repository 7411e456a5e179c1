-- Who made a change, by an identifier that is unique and stable: the name people read (actor_name) is not, for
-- people signed in at an OpenID Connect provider (preferred_username may be reused or changed; "sub" is not).
-- Earlier events were made by local accounts and tokens, whose names were their identifiers.
ALTER TABLE audit_event ADD COLUMN actor_subject VARCHAR(100) NULL AFTER actor_name;
UPDATE audit_event SET actor_subject = actor_name;
ALTER TABLE audit_event MODIFY actor_subject VARCHAR(100) NOT NULL;
