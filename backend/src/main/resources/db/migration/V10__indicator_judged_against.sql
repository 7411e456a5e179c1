-- What an indicator's value is compared with when the assessment is suggested: its target (a level, such as
-- customer satisfaction) or the pro-rata share of its target at the period's date (a quantity that builds up over
-- the year). Existing indicators keep the comparison their kind implied until now.
ALTER TABLE indicator ADD COLUMN judged_against VARCHAR(16) NULL;
UPDATE indicator SET judged_against = CASE kind WHEN 'RATIO' THEN 'TARGET' ELSE 'PRO_RATA' END;
ALTER TABLE indicator MODIFY judged_against VARCHAR(16) NOT NULL,
    ADD CONSTRAINT ck_indicator_judged_against CHECK (judged_against IN ('TARGET', 'PRO_RATA'));
