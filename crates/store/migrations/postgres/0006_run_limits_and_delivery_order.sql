-- An environment's own time limits for sync and action runs (NULL: the defaults).
ALTER TABLE environments ADD COLUMN sync_time_limit_secs BIGINT;
ALTER TABLE environments ADD COLUMN action_time_limit_secs BIGINT;

-- A webhook delivery's id, the same on every attempt (receivers drop repeats by it), and the
-- key of the deliveries it must follow (one connection's, to one URL, go out in order).
ALTER TABLE webhook_deliveries ADD COLUMN delivery_id TEXT COLLATE "C";
ALTER TABLE webhook_deliveries ADD COLUMN ordering_key TEXT COLLATE "C";
CREATE INDEX webhook_deliveries_order ON webhook_deliveries (url, ordering_key, id);
