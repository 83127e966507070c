-- An indicator the plan states again for the same measured quantity points to the first one stated (indicators.yaml
-- sameAs): the unit reports the quantity once and each target is judged on its own.
-- Portable SQL: runs on PostgreSQL and H2.

alter table eco_indicator add column same_as_indicator_id bigint;

alter table eco_indicator add constraint fk_indicator_same_as
    foreign key (same_as_indicator_id) references eco_indicator (id);
