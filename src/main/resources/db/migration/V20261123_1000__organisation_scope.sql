-- Each account, indicator and board may belong to one organisation. An account that belongs
-- to one sees and manages that organisation's plans, indicators and boards (and those that
-- belong to none); an account that belongs to none serves the whole instance, as before.
alter table account add column organisation_id bigint references organisation(id);
alter table indicator add column organisation_id bigint references organisation(id);
alter table board add column organisation_id bigint references organisation(id);

create index ix_account_organisation on account (organisation_id);
create index ix_indicator_organisation on indicator (organisation_id);
create index ix_board_organisation on board (organisation_id);
create index ix_action_plan_owner on action_plan (owner_id);
