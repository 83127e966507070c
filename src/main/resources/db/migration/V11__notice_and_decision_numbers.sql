-- Rectification notices (整改通知) and accountability decisions (问责决定) are numbered like the office's other
-- documents: one sequence per year and kind, the prefix from the plan's data folder (陕创办整〔2044〕3号,
-- 陕组问〔2044〕1号). Notices and decisions issued before keep no number.
alter table eco_plan add column rectification_notice_number_prefix varchar(32);
alter table eco_plan add column accountability_decision_number_prefix varchar(32);
alter table eco_rectification add column notice_number varchar(64);
alter table eco_rectification add column number_year integer;
alter table eco_rectification add column number_in_year integer;
alter table eco_rectification add constraint uq_rectification_notice_number unique (number_year, number_in_year);
alter table eco_accountability_case add column decision_number varchar(64);
alter table eco_accountability_case add column number_year integer;
alter table eco_accountability_case add column number_in_year integer;
alter table eco_accountability_case add constraint uq_accountability_decision_number unique (number_year, number_in_year);
