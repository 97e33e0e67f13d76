-- Art. 18(6): the partner society's contact gives feedback on cooperation with a station. Append-only: a feedback is
-- never edited; a later one supersedes the earlier (the newest per station is the one in force).
create table station_feedback (
    id                      bigserial     primary key,
    station_id              bigint        not null references station (id),
    society_id              bigint        not null references society (id),
    given_on                date          not null,
    rating                  varchar(8)    not null check (rating in ('GOOD', 'FAIR', 'POOR')),
    text                    varchar(2000) not null check (length(btrim(text)) > 0),
    no_further_cooperation  boolean       not null,   -- 无进一步合作意向
    recorded_by             varchar(64)   not null,
    recorded_at             timestamptz   not null
);
create index station_feedback_station on station_feedback (station_id, id);
create index station_society on station (society_id);

create function station_feedback_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'station_feedback is append-only';
end $$;
create trigger station_feedback_append_only before update or delete on station_feedback
    for each row execute function station_feedback_append_only();

insert into permission (code) values ('station:feedback');
insert into role_permission (role_code, permission_code) values ('SOCIETY_CONTACT', 'station:feedback');

-- Art. 18(6) joins the causes the system puts before the city CAST: a POOR feedback with no intention of further
-- cooperation proposes revocation, with that feedback as its basis (once per feedback).
alter table revocation_proposal drop constraint revocation_proposal_cause_check;
alter table revocation_proposal add constraint revocation_proposal_cause_check
    check (cause in ('NO_PROGRESS', 'TWO_UNQUALIFIED_YEARS', 'SOCIETY_WITHDRAWS'));
alter table revocation_proposal add column feedback_id bigint references station_feedback (id);
alter table revocation_proposal add constraint revocation_proposal_feedback
    check ((cause = 'SOCIETY_WITHDRAWS') = (feedback_id is not null));
-- the basis of a SOCIETY_WITHDRAWS proposal is its feedback: a later feedback may propose again after a dismissal
drop index revocation_proposal_basis;
create unique index revocation_proposal_basis on revocation_proposal (station_id, cause, basis_year, coalesce(feedback_id, 0))
    where status in ('OPEN', 'ACCEPTED', 'DISMISSED');
