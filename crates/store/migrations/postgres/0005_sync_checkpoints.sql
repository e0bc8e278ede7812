-- A sync's checkpoint (`nango.saveCheckpoint`, the 0.71 SDK): a flat JSON object the script
-- saves as it goes and reads at its next run, per schedule (connection × sync × variant).
ALTER TABLE sync_schedules ADD COLUMN checkpoint TEXT;
