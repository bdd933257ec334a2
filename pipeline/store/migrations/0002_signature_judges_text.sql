-- Campaigns (issue 5): whether a report's stored text can contradict a link by strong keys
-- (pipeline.campaigns.Fingerprint.judges_text). NULL for reports filed before, unknown: their
-- text never vetoes a link, as before (`triage campaigns --rebuild` fills it in).
ALTER TABLE report_signatures ADD COLUMN judges_text INTEGER
