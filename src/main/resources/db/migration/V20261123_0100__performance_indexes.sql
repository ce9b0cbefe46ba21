-- Indexes for the lookups that pages make by foreign key or by account (PostgreSQL does not
-- index foreign keys by itself): "my actions" finds the leads a person holds and their actions;
-- an action page reads its dependencies both ways and its deadline changes; an indicator page
-- reads its parts; an action's indicators are found through their links.
create index ix_lead_held_by on lead(held_by);
create index ix_action_lead_lead on action_lead(lead_id);
create index ix_dependency_action on action_dependency(action_id);
create index ix_dependency_target on action_dependency(target_action_id);
create index ix_deadline_change_action on deadline_change(action_id);
create index ix_indicator_part_of on indicator(part_of_id);
create index ix_indicator_link_action on indicator_action_link(action_id);
create index ix_recommendation_workstream on recommendation(workstream_id);
