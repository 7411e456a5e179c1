-- Reminders (solleciti) of the monitoring cycle. A person gets them when they have an address and have not turned
-- them off; a collection may set its own lead time and frequency, otherwise the service's defaults apply
-- (perfmon.reminders.lead-days, every-days). Each reminder is a row of mail_message whose dedup key names the
-- collection, the day of its slot and the person, so two backends running the job at once queue it once: no table
-- of runs is needed.
ALTER TABLE app_user
    ADD COLUMN email VARCHAR(254) NULL,
    ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE collection
    ADD COLUMN lead_days INT NULL,
    ADD COLUMN every_days INT NULL,
    ADD CONSTRAINT ck_collection_lead_days CHECK (lead_days IS NULL OR lead_days BETWEEN 0 AND 60),
    ADD CONSTRAINT ck_collection_every_days CHECK (every_days IS NULL OR every_days BETWEEN 1 AND 30);

-- The administrators' list of what was sent about one collection (by person, the foreign key's index serves).
CREATE INDEX ix_mail_message_about ON mail_message (about_kind, about_id, created_at);
