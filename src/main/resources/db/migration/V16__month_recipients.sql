-- The units a month's reports go to, in the order its batches cut them, fixed when the month is planned
-- (UnitReportBatches.plan). Batch n opens the reports of list positions n·size to n·size + size − 1 whatever the
-- catalogue says by then, and reads only its own slice: before, every batch worked the whole list out again, which
-- cost a 10 000-unit month a hundred reads of 10 000 units, and a unit added meanwhile shifted every later slice.
create table eco_month_recipient (
    cycle_id bigint not null references eco_dispatch_cycle (id),
    list_position integer not null,
    unit_id bigint not null references eco_unit (id),
    primary key (cycle_id, list_position)
);
