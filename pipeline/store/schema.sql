-- The triage store (SQLite). Applied at every open: every statement is idempotent
-- (IF NOT EXISTS). Changes to existing tables go to migrations/NNNN_*.sql, applied once,
-- in order, and counted in meta.schema_version.
-- Times are UTC ISO 8601 strings ("2026-11-22T21:08:42Z").

-- key/value state: schema_version, last_poll_at, last_poll_result, last_digest_date, ...
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per message as received from a source, whatever became of it.
CREATE TABLE IF NOT EXISTS deliveries (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,              -- imap | maildir | directory
    mailbox       TEXT NOT NULL,              -- the source's identity, e.g. imap://user@host/INBOX
    uidvalidity   INTEGER,                    -- IMAP only
    uid           INTEGER,                    -- IMAP only
    file_key      TEXT,                       -- directory: relative path; maildir: unique name
    message_id    TEXT,
    sha256        TEXT NOT NULL,              -- of the bytes as received (before any truncation)
    raw           BLOB,                       -- zlib-compressed bytes; NULL once purged or for a duplicate
    raw_truncated INTEGER NOT NULL DEFAULT 0,  -- 1 when only the first limits.max_message_bytes were kept
    size          INTEGER NOT NULL,           -- size as received
    received_at   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('filed', 'failed', 'duplicate')),
    error         TEXT,                       -- why it failed
    duplicate_of  INTEGER REFERENCES deliveries(id),
    done_at       TEXT,                       -- when the source was told (moved, flagged)
    done_action   TEXT,                       -- moved:FOLDER | keyword:KW | kept
    purged_at     TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS deliveries_imap_key
    ON deliveries (mailbox, uidvalidity, uid) WHERE uid IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS deliveries_file_key
    ON deliveries (mailbox, file_key, sha256) WHERE file_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS deliveries_content ON deliveries (mailbox, sha256);
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries (status, received_at);

CREATE TABLE IF NOT EXISTS campaigns (
    id             INTEGER PRIMARY KEY,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL,
    verdict        TEXT,
    organisation   TEXT,
    title          TEXT,
    report_count   INTEGER NOT NULL DEFAULT 0,
    reporter_count INTEGER NOT NULL DEFAULT 0,
    merged_into    INTEGER REFERENCES campaigns(id),
    updated_at     TEXT
);

-- At most one report per delivery.
CREATE TABLE IF NOT EXISTS reports (
    id               INTEGER PRIMARY KEY,
    delivery_id      INTEGER NOT NULL UNIQUE REFERENCES deliveries(id),
    report_json      TEXT NOT NULL,           -- Report.to_dict()
    verdict          TEXT NOT NULL,
    confidence       REAL NOT NULL,
    needs_review     INTEGER NOT NULL,
    state            TEXT NOT NULL DEFAULT 'new'
                     CHECK (state IN ('new', 'reviewed', 'confirmed_fraud', 'false_positive', 'closed')),
    label            TEXT CHECK (label IS NULL OR label IN ('fraud', 'spam', 'legitimate')),
    labelled_by      TEXT,
    labelled_at      TEXT,
    reporter_address TEXT,                    -- NULL once purged
    subject          TEXT,                    -- the original's subject (first original), else the report's
    sender_address   TEXT,                    -- the original's sender (first original)
    organisation     TEXT,                    -- first organisation named
    campaign_id      INTEGER REFERENCES campaigns(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_state ON reports (state, verdict);
CREATE INDEX IF NOT EXISTS reports_created ON reports (created_at);
CREATE INDEX IF NOT EXISTS reports_campaign ON reports (campaign_id);

-- Anonymised indicators, kept after the retention purge (for search and campaigns).
-- kind: sender_address | sender_domain | reply_to | url | url_domain | phone | email | organisation
CREATE TABLE IF NOT EXISTS indicators (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    UNIQUE (report_id, kind, value)
);
CREATE INDEX IF NOT EXISTS indicators_value ON indicators (kind, value);

CREATE TABLE IF NOT EXISTS processing_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    delivery_id INTEGER REFERENCES deliveries(id),
    event       TEXT NOT NULL,
    detail      TEXT
);
CREATE INDEX IF NOT EXISTS processing_log_delivery ON processing_log (delivery_id);

CREATE TABLE IF NOT EXISTS audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL,
    report_id   INTEGER REFERENCES reports(id),
    campaign_id INTEGER REFERENCES campaigns(id),
    detail      TEXT
);

CREATE TABLE IF NOT EXISTS notes (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER REFERENCES reports(id),
    campaign_id INTEGER REFERENCES campaigns(id),
    at        TEXT NOT NULL,
    user      TEXT NOT NULL,
    text      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS acknowledgements (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL UNIQUE REFERENCES reports(id),
    recipient TEXT,                           -- NULL once purged
    sent_at   TEXT,
    status    TEXT NOT NULL,                  -- sent | skipped:<why> | failed:<why>
    detail    TEXT
);

-- Campaign grouping (issue 5): the strong keys and text bands of each report
-- (pipeline.campaigns.Fingerprint), looked up when the next report arrives.
CREATE TABLE IF NOT EXISTS campaign_keys (
    key       TEXT NOT NULL,                  -- kind:value, e.g. domain:faux-dpc.fr, text:3:9f…
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    PRIMARY KEY (key, report_id)
);
CREATE INDEX IF NOT EXISTS campaign_keys_report ON campaign_keys (report_id);
CREATE TABLE IF NOT EXISTS report_signatures (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    signature BLOB NOT NULL                   -- MinHash of the original's text, 64 little-endian uint32
);
