-- Two reads of every form a leader or the office opens, which without these indexes walk a whole month or every
-- month: the unit's indicator values of earlier months (IndicatorVerdicts, through the unit's reports; the unique key
-- (cycle_id, unit_id) does not serve a search by unit alone) and, for a unit that leads key tasks, what the
-- participating units reported on them this month (ParticipantContributions, through the key tasks' entries rather
-- than every report of the month).
create index ix_unit_report_unit on eco_unit_report (unit_id);
create index ix_report_key_task_entry_task on eco_report_key_task_entry (key_task_id, role);
