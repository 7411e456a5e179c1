-- A plan is a draft, seen only by administrators, until it is published. Plans that exist already were public
-- until now, so they count as published when they were created.
ALTER TABLE plan ADD COLUMN published_at DATETIME(6) NULL;
UPDATE plan SET published_at = created_at;
