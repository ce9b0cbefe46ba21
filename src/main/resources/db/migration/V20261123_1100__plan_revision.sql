-- A plan's revision moves on in the same transaction as every change to the plan or to
-- anything shown with it (its workstreams, recommendations, actions, dependencies, deadline
-- changes, progress updates, update rounds, leads and owner). Pages kept between requests are
-- keyed by it, so every instance sees a change as soon as it is committed.
alter table action_plan add column revision bigint default 0 not null;
-- Each move takes the next value of one sequence, so a revision is never given twice, even to
-- a plan stored under the id of one deleted before it.
create sequence plan_revision start with 1;
