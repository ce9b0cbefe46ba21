-- Chain the audit trail: each entry stores its place in the chain, the hash of the entry
-- before it and the SHA-256 hash of its own content with that previous hash, so that an
-- entry changed or removed in the database is detectable. audit_chain_head holds the end
-- of the chain in one row; appending locks that row, so writers take turns.

alter table audit_entry add column chain_position bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
create unique index ux_audit_chain_position on audit_entry(chain_position);

create table audit_chain_head (
    id int primary key,
    last_position bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_position, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
