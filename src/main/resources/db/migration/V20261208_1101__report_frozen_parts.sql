-- The live parts of a report's main content as they stood when it was published.
create table committee_report_frozen_part (
    report_id bigint not null references committee_report (id),
    position integer not null,
    caption varchar(500) not null,
    header varchar(2000) not null,
    body varchar(64000),
    primary key (report_id, position)
);
