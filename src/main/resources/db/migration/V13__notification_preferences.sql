-- The address a person's email notifications go to, as their identity provider gave it at the last sign-in.
alter table person add column email varchar(320);

-- How a person wants each kind of notification (off, immediately, daily digest); a kind without a row takes the
-- admin's default from notification_default, or Signpost's own.
create table notification_preference (
    username   varchar(100) not null,
    kind       varchar(40) not null,
    cadence    varchar(20) not null,
    changed_at timestamp with time zone not null,
    constraint notification_preference_pk primary key (username, kind)
);

create table notification_default (
    kind       varchar(40) not null primary key,
    cadence    varchar(20) not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null
);
