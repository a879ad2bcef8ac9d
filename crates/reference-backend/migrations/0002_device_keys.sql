-- Device storage (issue #8): the key the app encrypts its local copies with, handed only to a logged-in
-- session, and the borger's "Jeg bruger en delt computer" choice for the session (then the app keeps nothing).
ALTER TABLE sessions ADD COLUMN shared_device INTEGER NOT NULL DEFAULT 0;

CREATE TABLE device_keys (
    borger_id TEXT PRIMARY KEY REFERENCES borgere(id) ON DELETE CASCADE,
    key BLOB NOT NULL               -- 32 random bytes (AES-256-GCM)
);
