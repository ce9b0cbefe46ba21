-- A closed round's snapshot keeps every reason behind each action's status, so that
-- reports as at the round's date show what the round fixed; references and headlines as
-- long as the actions' own.

alter table round_snapshot_entry alter column reference set data type varchar(40);
alter table round_snapshot_entry alter column headline set data type varchar(2000);
alter table round_snapshot_entry add column reasons varchar(8000);
