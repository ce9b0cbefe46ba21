-- An indicator's definition is edited on a form: its version lets two people saving the
-- same indicator see a conflict instead of one losing the other's change.
alter table indicator add column version bigint default 0 not null;
