-- A batch of counts is one audit event instead of one per figure, so that posting a thousand figures writes a
-- thousand rows, not two thousand. The event says who posted the batch and when (entity_id is empty: it names no
-- single row); each figure it created points to it and keeps the value it was created with. The audit API shows
-- each such figure's creation as before, from the event and the figure together. No foreign key and no index:
-- the trail is read from the figure to its event, and its rows are never deleted.
ALTER TABLE audit_event MODIFY entity_id BIGINT NULL;

ALTER TABLE indicator_count
    ADD COLUMN created_event_id BIGINT         NULL,
    ADD COLUMN created_value    DECIMAL(19, 4) NULL;
