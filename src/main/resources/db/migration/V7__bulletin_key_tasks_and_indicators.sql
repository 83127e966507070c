-- The bulletin also freezes how each key task and each indicator stood when it was compiled (issue 7): key tasks as
-- their lead units reported them, indicators as the number of units under each verdict and the units off track.

create table eco_bulletin_key_task (
    bulletin_id bigint not null references eco_bulletin (id),
    position integer not null,
    task_number integer not null,
    title varchar(200) not null,
    lead_units varchar(500),
    progress_label varchar(32) not null,
    problems varchar(20000),
    participants_reported integer not null,
    participants integer not null,
    constraint pk_bulletin_key_task primary key (bulletin_id, position)
);

create table eco_bulletin_indicator (
    bulletin_id bigint not null references eco_bulletin (id),
    position integer not null,
    indicator_code varchar(64) not null,
    name varchar(200) not null,
    target_label varchar(500) not null,
    met integer not null,
    on_course integer not null,
    behind integer not null,
    missed integer not null,
    not_judged integer not null,
    off_track_units varchar(2000),
    constraint pk_bulletin_indicator primary key (bulletin_id, position)
);
