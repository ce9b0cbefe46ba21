-- Two councils may each have an indicator "CSC-01" (national codes) and a board called
-- "Corporate Parenting Panel": indicator codes and board names are unique within one
-- organisation, and among the indicators and boards that belong to none.
-- A unique constraint treats each null organisation as different from every other, so each
-- table gets organisation_key: the organisation's id, or 0 for none, kept equal to it by a
-- check constraint, and the uniqueness is on (organisation_key, code) or (organisation_key, name).

alter table indicator add column organisation_key bigint default 0 not null;
update indicator set organisation_key = coalesce(organisation_id, 0);
alter table indicator add constraint ck_indicator_organisation_key
    check (organisation_key = coalesce(organisation_id, 0));
-- The column's own unique constraint has no name that both engines share: the column is
-- copied, dropped with its constraint, and renamed back.
alter table indicator add column indicator_code varchar(40);
update indicator set indicator_code = code;
alter table indicator drop column code;
alter table indicator rename column indicator_code to code;
alter table indicator alter column code set not null;
alter table indicator add constraint uk_indicator_code unique (organisation_key, code);

alter table board drop constraint uk_board_name;
alter table board add column organisation_key bigint default 0 not null;
update board set organisation_key = coalesce(organisation_id, 0);
alter table board add constraint ck_board_organisation_key
    check (organisation_key = coalesce(organisation_id, 0));
alter table board add constraint uk_board_name unique (organisation_key, name);
