-- Whether an issued pack holds exempt rows: then only those who may see the board's exempt business open it.

alter table report_pack add column contains_exempt boolean default false not null;
