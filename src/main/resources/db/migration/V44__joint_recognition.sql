-- Issue #14 item 3: the recognition document is a joint act of the city CAST and the city talent office (Art. 5(3)).
-- The city CAST prepares it (no number yet); the city talent office confirms it — only then is it numbered and
-- issued as a `recognition` — or returns it with a reason, after which the city CAST prepares it again. Each office's
-- seal image at the moment of its act is kept (the PDF stamps both).
create table joint_recognition (
    id                 bigserial    primary key,
    notice_id          bigint       not null unique references public_notice (id),
    status             varchar(16)  not null check (status in ('PREPARED', 'RETURNED', 'ISSUED')),
    title              varchar(200) not null,
    issued_on          date,
    prepared_by        varchar(64)  not null,
    prepared_by_name   varchar(100) not null,
    prepared_at        timestamptz  not null,
    prepared_seal      uuid,
    confirmed_by       varchar(64),
    confirmed_by_name  varchar(100),
    confirmed_at       timestamptz,
    confirmed_seal     uuid,
    returned_by        varchar(64),
    returned_by_name   varchar(100),
    returned_at        timestamptz,
    return_reason      varchar(1000),
    recognition_id     bigint       unique references recognition (id),
    version            int          not null default 0,
    check ((status = 'ISSUED') = (recognition_id is not null and confirmed_at is not null))
);

-- the stations the city CAST chose, in order (the document lists them so)
create table joint_recognition_station (
    joint_recognition_id  bigint not null references joint_recognition (id),
    position              int    not null,
    application_id        bigint not null references application (id),
    primary key (joint_recognition_id, position)
);

insert into permission (code) values ('notice:confirm');
insert into role_permission (role_code, permission_code) values ('CITY_TALENT', 'notice:confirm');
