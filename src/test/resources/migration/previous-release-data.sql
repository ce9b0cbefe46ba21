-- Data as the previous release (schema version 20261123.0701, see PreviousRelease) stores it:
-- at least one row in every table, with nulls, exact decimals, times, timestamps with offsets,
-- text that is not ASCII and values as long as that release's columns allow; ids as that release
-- hands them out (indicators, their values and corrections from the shared sequence) and an
-- audit chain whose hashes verify. Stored files (bytes) go in from PreviousRelease. When the
-- previous release moves on, bring this file up to its schema. Runs unchanged on H2 and PostgreSQL.
insert into organisation (id, name, kind) values (901, 'Kingsmead Borough Council', 'COUNCIL');
insert into organisation (id, name, kind) values (902, 'Kingsmead Integrated Care Board', 'NHS');
insert into lead (id, kind, name, organisation_id, held_by) values (901, 'ROLE', 'Head of Fostering', 901, 'lead');
insert into lead (id, kind, name, organisation_id, held_by) values (902, 'BODY', 'Designated Nurse — Looked After Children', 902, null);
insert into action_plan (id, title, source, source_date, owner_id, period_start, period_end, update_cadence,
    complete_colour, published, archived, version)
values (901, 'Improving help and protection', 'ILACS inspection, November 2025', date '2025-11-14', 901,
    date '2026-01-01', date '2027-03-31', 'P6W', 'BLUE', true, false, 3);
insert into rag_legend_entry (plan_id, position, colour, meaning) values (901, 0, 'BLUE', 'Complete');
insert into rag_legend_entry (plan_id, position, colour, meaning) values (901, 1, 'RED', 'Off track');
insert into progress_round (plan_id, as_at) values (901, date '2026-03-31');
insert into workstream (id, plan_id, number, title, lead_id, key_aim, position)
values (901, 901, '1', 'Leadership and management', 901, 'Leaders know their services well', 0);
insert into key_deliverable (workstream_id, position, number, text) values (901, 0, '1a', 'A quality assurance framework');
insert into recommendation (id, plan_id, workstream_id, number, text, theme, response, responsibility, position, archived, version)
values (901, 901, 901, '1', 'Improve the quality of supervision', 'Practice', 'Accepted in full', 'OURS', 0, false, 1);
insert into plan_action (id, recommendation_id, reference, description, outcomes, measures, priority, start_date,
    timescale_text, timescale_kind, timescale_note, recurrence, original_due, due_date, external_event, status,
    completed_on, override_rag, override_reason, override_by, override_at, position, archived, version)
values (901, 901, '1.1', 'Audit supervision records monthly', 'Children are seen', 'Audit grades', 'HIGH', date '2026-01-05',
    'By end of June 2026', 'DATE', null, null, date '2026-06-30', date '2026-09-30', null, 'IN_PROGRESS',
    null, 'AMBER', 'Recruitment is slower than hoped', 'manager', timestamp with time zone '2026-03-02 09:15:30.123456+00:00',
    0, false, 4);
insert into plan_action (id, recommendation_id, reference, description, timescale_text, timescale_kind, status,
    completed_on, position, archived, version)
values (902, 901, '1.2', 'Publish the supervision policy', 'Complete', 'COMPLETED', 'COMPLETE', date '2026-02-27', 1, false, 1);
insert into plan_action (id, recommendation_id, reference, description, timescale_text, timescale_kind, status,
    position, archived, version)
values (903, 901, 'WS1-SUPERVISION-AUDIT-2026-Q1-FOLLOW-UP', 'Follow up every audit graded “requires improvement”',
    'Quarterly', 'RECURRING', 'NOT_STARTED', 2, false, 0);
insert into action_lead (action_id, lead_id, position) values (901, 901, 0);
insert into action_lead (action_id, lead_id, position) values (901, 902, 1);
insert into action_dependency (id, action_id, kind, target_action_id, target_workstream_id, description)
values (901, 901, 'ACTION', 902, null, null);
insert into deadline_change (id, action_id, previous_due, new_due, agreed_by, reason, changed_by, changed_at)
values (901, 901, date '2026-06-30', date '2026-09-30', 'Improvement board', 'Waiting for new recruits', 'manager',
    timestamp with time zone '2026-04-01 10:00:00+01:00');
insert into progress_update (id, action_id, as_at, author, text, rag, status_after, recorded_at)
values (901, 901, date '2026-03-31', 'lead', 'Audits started; 14 of 20 records graded “good”.', 'AMBER', 'IN_PROGRESS',
    timestamp with time zone '2026-03-30 16:45:00.5+01:00');
insert into evidence_link (update_id, position, label, url) values (901, 0, 'Audit summary', 'https://example.org/audit');
insert into account (id, username, display_name, password_hash, role, enabled, failed_attempts, locked_until)
values (901, 'manager', 'Plan manager', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuJ1Xh9cV0m1b5k8o6lq0bKkT0m8y3yW2', 'PLAN_MANAGER', true, 0, null);
insert into account (id, username, display_name, password_hash, role, enabled, failed_attempts, locked_until)
values (902, 'viewer', 'Councillor Ada Ṅwosu', '{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfeuJ1Xh9cV0m1b5k8o6lq0bKkT0m8y3yW2', 'VIEWER', true, 2,
    timestamp with time zone '2026-05-01 12:00:00+00:00');
insert into audit_entry (id, at_time, username, entity_type, entity_id, change_kind, summary, before_state, after_state)
values (901, timestamp with time zone '2026-01-10 09:00:00+00:00', 'manager', 'ActionPlan', 901, 'CREATE',
    'Plan created before the trail was chained', null, '{"title":"Improving help and protection"}');
insert into audit_entry (id, at_time, username, entity_type, entity_id, change_kind, summary, before_state, after_state,
    chain_position, previous_hash, entry_hash)
values (902, timestamp with time zone '2026-04-07 16:00:00+01:00', 'manager', 'ReportPack', 901, 'ISSUED',
    'Issued the pack for Improvement Board, 14 April 2026 (as at 31 March 2026)', null, '{"html":"sha256"}',
    1, '0000000000000000000000000000000000000000000000000000000000000000',
    '55b8e6de8938844c98d961427ad1fba18dadf24d477ea457d00b44348e98b85a');
insert into audit_entry (id, at_time, username, entity_type, entity_id, change_kind, summary, before_state, after_state,
    chain_position, previous_hash, entry_hash)
values (903, timestamp with time zone '2026-04-14 20:10:00+00:00', 'manager', 'Recommendation', 901, 'SIGNED_OFF',
    'Improvement Board agreed recommendation 1 closed', '{"status":"OPEN"}', '{"status":"CLOSED"}',
    2, '55b8e6de8938844c98d961427ad1fba18dadf24d477ea457d00b44348e98b85a',
    '7bf7b005b785762c38af4bcbf56c2f6193ec9af4c8f9d5dd530844a7ce2d9210');
-- the end of the chain: the migrations leave a starting row, a database emptied for a test has none
delete from audit_chain_head;
insert into audit_chain_head (id, last_position, last_hash)
values (1, 2, '7bf7b005b785762c38af4bcbf56c2f6193ec9af4c8f9d5dd530844a7ce2d9210');
-- Indicators, values and corrections take ids from the sequence indicator_ids (increment 50), which the
-- release created at 100 on a new database: its first block of ids is 51..100, and the next block starts at 150.
insert into indicator (id, code, title, definition, unit, polarity, frequency, owner, numerator_definition,
    denominator_definition, part_of_id, breakdown, tolerance, version)
values (51, 'CLA-RATE', 'Children looked after per 10,000', 'Rate per 10,000 children', 'RATE', 'NONE', 'quarterly',
    'Head of Performance', 'Children looked after', 'Child population / 10,000', null, null, 2.500, 2);
insert into indicator (id, code, title, unit, polarity, frequency, part_of_id, breakdown, version)
values (52, 'CLA-RATE-U5', 'Children looked after per 10,000, under 5', 'RATE', 'NONE', 'quarterly', 51, 'Under 5', 0);
insert into indicator_value (id, indicator_id, period, period_end, numerator, denominator, published_value, target,
    statistical_neighbours, england, commentary, entered_by, entered_at, version)
values (53, 51, '2025/26 Q4', date '2026-03-31', 412.000, 5.837, 70.584, 68.000, 73.100, 70.000, 'Stable',
    'manager', timestamp with time zone '2026-04-20 08:30:00+00:00', 1);
insert into indicator_value (id, indicator_id, period, period_end, numerator, denominator, published_value, target,
    statistical_neighbours, england, commentary, entered_by, entered_at, version)
values (54, 51, '2025/26 Q3', date '2025-12-31', 405.000, 5.837, 69.385, 68.000, 72.800, 70.000, null,
    'manager', timestamp with time zone '2026-01-19 10:00:00+00:00', 0);
insert into indicator_comparator (value_id, position, name, figure) values (53, 0, 'North West', 88.125);
insert into indicator_correction (id, value_id, previous_numerator, previous_denominator, previous_value, previous_target,
    previous_commentary, corrected_by, corrected_at, reason)
values (55, 53, 410.000, 5.837, 70.241, null, null, 'manager', timestamp with time zone '2026-04-21 09:00:00+00:00',
    'Two late entries');
insert into indicator_accepted_warning (value_id, code, reason, accepted_by, accepted_at)
values (53, 'BIG_CHANGE', 'Checked with the service', 'manager', timestamp with time zone '2026-04-21 09:05:00+00:00');
insert into indicator_action_link (indicator_id, action_id) values (51, 901);
alter sequence indicator_ids restart with 150;
insert into board (id, name, kind, version) values (901, 'Improvement Board', 'CHILDRENS_TRUST', 0);
insert into board_member (id, board_id, position, name, member_role, username)
values (901, 901, 0, 'Councillor Ada Ṅwosu', 'CHAIR', 'viewer');
insert into meeting (id, board_id, meeting_date, starts_at, venue, started_at, finished_at, declarations, minuted, version)
values (901, 901, date '2026-04-14', time '18:30:00', 'Town Hall, Committee Room 2', time '18:32:00', time '20:05:00',
    'None', true, 1);
insert into meeting_attendance (meeting_id, position, attendance, name) values (901, 0, 'PRESENT', 'Councillor Ada Ṅwosu');
insert into agenda_item (id, meeting_id, position, item_number, title, purpose, report, lead_officer, exempt,
    exempt_paragraph, minute_number, summary)
values (901, 901, 0, '5', 'Improvement plan progress', 'To note', 'Report of the Director', 'Director of Children''s Services',
    false, null, '23/05', 'The board noted progress.');
insert into decision (id, agenda_item_id, position, kind, text) values (901, 901, 0, 'RESOLVED', 'That the report be noted');
insert into decision_point (decision_id, position, text) values (901, 0, 'Progress on supervision audits is noted');
insert into follow_up (id, board_id, meeting_id, minute_number, request, owner, due_date, due_note, status, evidence,
    closed_on, closed_by, exempt, version)
values (901, 901, 901, '23/05', 'Bring the audit results to the next meeting', 'Head of Fostering', date '2026-06-09',
    null, 'OPEN', null, null, null, false, 0);
insert into work_programme_item (id, board_id, title, planned_for, plan_id, status, proposed, version)
values (901, 901, 'Supervision audit results', date '2026-06-09', 901, 'PLANNED', false, 0);
insert into work_programme_change (id, item_id, position, change_kind, from_date, to_date, reason, changed_by, changed_at)
values (901, 901, 0, 'MOVED', date '2026-05-12', date '2026-06-09', 'Audits finish later', 'manager',
    timestamp with time zone '2026-04-15 11:00:00+00:00');
insert into monitoring_cadence (id, board_id, plan_id, starts_on, first_interval, first_count, then_interval)
values (901, 901, 901, date '2026-01-01', 'P1M', 6, 'P3M');
insert into sign_off (id, board_id, meeting_id, kind, plan_id, recommendation_id, action_id, decision, decided_on,
    evidence, new_due_date, recorded_by, recorded_at)
values (901, 901, 901, 'RECOMMENDATION_CLOSED', 901, 901, null, 'Agreed closed', date '2026-04-14', 'Policy published',
    null, 'manager', timestamp with time zone '2026-04-14 20:10:00+00:00');
insert into report_pack (id, plan_id, board, board_key, meeting, as_at, for_publication, issued_by, issued_at,
    contains_exempt)
values (901, 901, 'Improvement Board', 'improvement board', '14 April 2026', date '2026-03-31', true, 'manager',
    timestamp with time zone '2026-04-07 15:00:00+00:00', false);
insert into report_pack (id, plan_id, board, board_key, meeting, as_at, for_publication, issued_by, issued_at,
    contains_exempt)
values (902, 901, 'Improvement Board', 'improvement board', '14 April 2026 (part 2)', date '2026-03-31', false, 'manager',
    timestamp with time zone '2026-04-07 15:05:00+00:00', true);
insert into board_pack (id, board_id, pack_id, plan_id, meeting, issued_on, issued_by)
values (901, 901, 901, 901, '14 April 2026', date '2026-04-07', 'manager');
insert into board_pack (id, board_id, pack_id, plan_id, meeting, issued_on, issued_by)
values (902, 901, 902, 901, '14 April 2026 (part 2)', date '2026-04-07', 'manager');
-- report_pack_file (bytes) is inserted by PreviousRelease with bound parameters: the engines write binary literals differently.
insert into update_round (id, plan_id, as_at, due_on, opened_at, closed_at, closed_by, version)
values (901, 901, date '2026-03-31', date '2026-04-07', timestamp with time zone '2026-03-24 07:00:00+00:00',
    timestamp with time zone '2026-04-08 07:00:00+00:00', 'manager', 1);
insert into round_snapshot_entry (round_id, position, action_id, reference, rag, proposed, status, headline, updated,
    reasons)
values (901, 0, 901, '1.1', 'AMBER', 'AMBER', 'IN_PROGRESS', 'Audits started', true,
    'DEADLINE_MOVED AMBER Deadline moved from 30 June 2026 to 30 September 2026
LEAD_REPORTED AMBER The lead reported amber on 31 March 2026');
insert into round_snapshot_entry (round_id, position, action_id, reference, rag, proposed, status, headline, updated,
    reasons)
values (901, 1, 903, 'WS1-SUPERVISION-AUDIT-2026-Q1-FOLLOW-UP', 'RED', 'RED', 'NOT_STARTED',
    'Not started: ' || repeat('every audit graded requires improvement is to be followed up within the quarter; ', 20),
    false, 'NOT_STARTED RED Not started although the plan began on 1 January 2026');
insert into notification (id, username, kind, reminder_key, subject, body, link, created_at, read_at, emailed_at)
values (901, 'lead', 'ROUND_DUE', 'round-901-lead', 'Progress update due',
    'Your updates are due on: ' || repeat('1.1 Audit supervision records monthly (Improving help and protection); ', 80),
    '/my-updates',
    timestamp with time zone '2026-03-24 07:00:00+00:00', null, timestamp with time zone '2026-03-24 07:01:00+00:00');
insert into notification_preference (username, email, delivery) values ('lead', 'lead@kingsmead.example', 'IMMEDIATE');
insert into outbox_message (id, recipient, subject, text_body, html_body, created_at)
values (901, 'lead@kingsmead.example', 'Progress update due', 'Your update is due', null,
    timestamp with time zone '2026-03-24 07:01:00+00:00');
insert into outbox_message (id, recipient, subject, text_body, html_body, created_at)
values (902, 'lead@kingsmead.example', 'Your Oversight notifications today',
    repeat('Progress update due: your update on 1.1 Audit supervision records monthly is due on 7 April 2026. ', 300),
    '<ul>' || repeat('<li>Progress update due: your update on <a href="/actions/901">1.1</a> is due on 7 April 2026.</li>', 500) || '</ul>',
    timestamp with time zone '2026-03-24 16:00:00+00:00');

-- The previous release's identity counters stand past the ids it gave (report_pack_file's rows go in from
-- PreviousRelease, with ids up to 903).
alter table organisation alter column id restart with 1000;
alter table lead alter column id restart with 1000;
alter table action_plan alter column id restart with 1000;
alter table workstream alter column id restart with 1000;
alter table recommendation alter column id restart with 1000;
alter table plan_action alter column id restart with 1000;
alter table action_dependency alter column id restart with 1000;
alter table deadline_change alter column id restart with 1000;
alter table progress_update alter column id restart with 1000;
alter table account alter column id restart with 1000;
alter table audit_entry alter column id restart with 1000;
alter table board alter column id restart with 1000;
alter table board_member alter column id restart with 1000;
alter table meeting alter column id restart with 1000;
alter table agenda_item alter column id restart with 1000;
alter table decision alter column id restart with 1000;
alter table follow_up alter column id restart with 1000;
alter table work_programme_item alter column id restart with 1000;
alter table work_programme_change alter column id restart with 1000;
alter table monitoring_cadence alter column id restart with 1000;
alter table sign_off alter column id restart with 1000;
alter table report_pack alter column id restart with 1000;
alter table update_round alter column id restart with 1000;
alter table notification alter column id restart with 1000;
alter table outbox_message alter column id restart with 1000;
alter table board_pack alter column id restart with 1000;
alter table report_pack_file alter column id restart with 1000;
