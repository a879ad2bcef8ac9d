-- Fleksvej reference backend: one table per concern; resources are stored as their contract DTO in JSON.
CREATE TABLE borgere (
    id TEXT PRIMARY KEY,
    profile TEXT NOT NULL,          -- contract::session::BorgerProfile as JSON
    summary TEXT NOT NULL           -- one Danish line for the demo login list
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,       -- sha256 hex of the random session id; the id itself is never stored
    borger_id TEXT NOT NULL REFERENCES borgere(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,    -- unix milliseconds
    last_seen_at INTEGER NOT NULL
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    borger_id TEXT NOT NULL REFERENCES borgere(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,             -- cv, targeted_cv, jobgoal, rehearsal, aftale, meeting, week, goal, fleksjob
    version INTEGER NOT NULL,
    body TEXT NOT NULL,             -- the contract DTO as JSON
    updated_at INTEGER NOT NULL,    -- unix milliseconds, for "nyt siden sidst"
    updated_by TEXT NOT NULL        -- borger or jobcenter
);
CREATE INDEX documents_by_owner ON documents(borger_id, kind);

CREATE TABLE read_markers (
    borger_id TEXT NOT NULL REFERENCES borgere(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (borger_id, item_id)
);

CREATE TABLE idempotency (
    scope TEXT NOT NULL,            -- the borger's id, or "admin:<borger id>" for the admin API
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER,                 -- null while the request is in flight
    response_body TEXT,
    location TEXT,
    etag TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
);
