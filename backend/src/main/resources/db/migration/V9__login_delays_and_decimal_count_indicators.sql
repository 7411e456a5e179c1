-- Failed logins are now counted per address and per (address, user), each admitted attempt counted before the
-- password is checked, and refused for a delay that grows with every failure past the allowance (no hard lock that
-- anyone could put on an account). The row remembers when the last admitted attempt began, from which the delay runs
-- and after which, once long enough ago, the row is forgotten and purged.
DELETE FROM login_attempt;
ALTER TABLE login_attempt CHANGE window_start last_attempt_at DATETIME(6) NOT NULL;
CREATE INDEX ix_login_attempt_last ON login_attempt (last_attempt_at);

-- Sessions are purged once expired (absolute end) or idle too long: found by these two columns.
CREATE INDEX ix_session_last_seen ON user_session (last_seen_at);

-- A count is a number of things (interviews, applications): whole unless the indicator says its counted
-- components may be decimal (hours, euros).
ALTER TABLE indicator ADD COLUMN decimal_counts BOOLEAN NOT NULL DEFAULT FALSE;
