-- What belongs to no organisation is managed only by accounts of none. Boards and indicators
-- made before that rule (the demo's, and those imported without an organisation) are given the
-- organisation of the plans they are linked to, where that is one organisation and it has no
-- board of the same name (indicator of the same code) already. The rest stay with none and are
-- listed for the instance's administrators to assign.

create table owner_candidate (
    item_id bigint not null primary key,
    organisation_id bigint not null
);

-- Boards: the plans they monitor and the plans they have signed off.
insert into owner_candidate (item_id, organisation_id)
select linked.board_id, min(linked.owner_id)
from (select m.board_id, p.owner_id from monitoring_cadence m join action_plan p on p.id = m.plan_id
      union
      select s.board_id, p.owner_id from sign_off s join action_plan p on p.id = s.plan_id) linked
join board b on b.id = linked.board_id
where b.organisation_id is null and linked.owner_id is not null
group by linked.board_id
having count(distinct linked.owner_id) = 1;

delete from owner_candidate where exists (
    select 1 from board b join board other on other.name = b.name
    where b.id = owner_candidate.item_id and other.organisation_key = owner_candidate.organisation_id);

update board set organisation_id = (select c.organisation_id from owner_candidate c where c.item_id = board.id),
                 organisation_key = (select c.organisation_id from owner_candidate c where c.item_id = board.id)
where id in (select item_id from owner_candidate);

delete from owner_candidate;

-- Indicators: the plans of the actions they are linked to; a breakdown (a total and its parts)
-- goes as one, to the one organisation of the plans any of them is linked to.
insert into owner_candidate (item_id, organisation_id)
select family.total_id, min(p.owner_id)
from (select i.id as indicator_id, coalesce(i.part_of_id, i.id) as total_id from indicator i
      where i.organisation_id is null) family
join indicator_action_link l on l.indicator_id = family.indicator_id
join plan_action a on a.id = l.action_id
join recommendation r on r.id = a.recommendation_id
join action_plan p on p.id = r.plan_id
join indicator total on total.id = family.total_id
where p.owner_id is not null and total.organisation_id is null
group by family.total_id
having count(distinct p.owner_id) = 1;

delete from owner_candidate where exists (
    select 1 from indicator i join indicator other on other.code = i.code
    where (i.id = owner_candidate.item_id or i.part_of_id = owner_candidate.item_id)
    and other.organisation_key = owner_candidate.organisation_id);

update indicator set
    organisation_id = (select c.organisation_id from owner_candidate c
                       where c.item_id = coalesce(indicator.part_of_id, indicator.id)),
    organisation_key = (select c.organisation_id from owner_candidate c
                        where c.item_id = coalesce(indicator.part_of_id, indicator.id))
where organisation_id is null and coalesce(part_of_id, id) in (select item_id from owner_candidate);

drop table owner_candidate;
