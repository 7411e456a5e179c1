-- Where an indicator is behind (assessment 4 or 5, or its value below the pro-rata share of its target) its editors
-- explain the deviation (motivazione dello scostamento) when they save, and state the corrective actions (interventi
-- correttivi, D.Lgs. 150/2009 art. 6) before they submit their structure's part. Both belong to the assessment,
-- which lives on the result's row: one record per indicator and period.
ALTER TABLE indicator_result
    ADD COLUMN deviation_explanation TEXT NULL AFTER assessed_at,
    ADD COLUMN corrective_actions TEXT NULL AFTER deviation_explanation;
