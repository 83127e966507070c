-- Nodes starting together add the indexes on Camunda's tables (shared.EngineIndexes) one after the other.
insert into eco_startup_lock (name) values ('engine-indexes');
