-- Reminder letters are numbered the way the office numbers its documents: one sequence per year across all units,
-- with the prefix from the plan's data folder (陕创办提〔2034〕12号). Letters issued before keep their number.
alter table eco_plan add column reminder_letter_number_prefix varchar(32);
alter table eco_reminder_letter add column number_year integer;
alter table eco_reminder_letter add column number_in_year integer;
-- Numbers are given once per year, whichever node issues the letter.
alter table eco_reminder_letter add constraint uq_reminder_letter_number unique (number_year, number_in_year);
