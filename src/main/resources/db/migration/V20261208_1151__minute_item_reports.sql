-- The committee report a minuted item decided, when there is one.
alter table agenda_item add column report_id bigint references committee_report (id);
