-- A report names its latest submitted version, set when a version is submitted. The leader's and the office's forms,
-- a lead unit's view of its participants' contributions, the verdicts against earlier months and the month's
-- figures read it through this column instead of working out, report by report, the highest submitted version_no.
alter table eco_unit_report add column latest_submitted_version_id bigint;
alter table eco_unit_report add constraint fk_unit_report_latest_submitted
    foreign key (latest_submitted_version_id) references eco_report_version (id);

update eco_unit_report r set latest_submitted_version_id = (
    select v.id from eco_report_version v
    where v.report_id = r.id and v.state = 'SUBMITTED'
      and v.version_no = (select max(w.version_no) from eco_report_version w
                          where w.report_id = r.id and w.state = 'SUBMITTED'));
