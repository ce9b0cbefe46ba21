-- A reminder may list many actions, and a daily digest gathers every notification of the
-- day: neither may fail for being long.

alter table notification alter column body set data type varchar(20000);
alter table outbox_message alter column text_body set data type varchar(1000000);
alter table outbox_message alter column html_body set data type varchar(1000000);
