-- A month's reports go out in batches (Task_StartUnitReportBatch): the cycle records how many units it sends to, so
-- that the dispatch page can tell how far sending has got (已下发 3200 / 10000 个单位) by counting the month's
-- reports. Cycles opened before send to as many units as they have reports. A retried batch skips the units that
-- already have their report (uq_unit_report stays the last word).
alter table eco_dispatch_cycle add column reporting_units integer;
