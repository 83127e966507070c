-- The higher level may announce its verdict on a 达到上级考核要求 indicator (达标 / 未达标) instead of a figure:
-- a row holds either a comparator and a value, or a verdict.
alter table eco_higher_level_target alter column comparator drop not null;
alter table eco_higher_level_target alter column target_value drop not null;
alter table eco_higher_level_target add column verdict varchar(16);
alter table eco_higher_level_target add constraint ck_higher_level_figure_or_verdict check (
    (verdict is null and comparator is not null and target_value is not null)
    or (verdict is not null and comparator is null and target_value is null));
