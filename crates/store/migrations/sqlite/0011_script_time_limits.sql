-- An environment's own time limits for sync and action runs (NULL: the defaults).
ALTER TABLE environments ADD COLUMN sync_time_limit_secs INTEGER;
ALTER TABLE environments ADD COLUMN action_time_limit_secs INTEGER;
