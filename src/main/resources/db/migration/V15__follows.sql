-- Who follows what: a tool, a roadmap item, a campaign (subject_type is the feature's word for it, subject_key its
-- slug). Followers hear when the subject changes (ring, status or target, falling behind).
create table follow (
    username     varchar(100) not null,
    subject_type varchar(40) not null,
    subject_key  varchar(200) not null,
    created_at   timestamp with time zone not null,
    constraint follow_pk primary key (username, subject_type, subject_key)
);

create index follow_subject on follow (subject_type, subject_key);

-- The last state of each followed kind of subject that Signpost announced (or saw first, silently): what a new
-- snapshot or measurement is compared with, on every instance and across restarts. as_of is when the content or
-- measurement that showed the state was made (a commit's or file's time, a board's), so an instance that has not
-- caught up yet never announces a change back. changed_at is when this row last changed.
create table announced_state (
    subject_type varchar(40) not null,
    subject_key  varchar(200) not null,
    state        varchar(200) not null,
    as_of        timestamp with time zone not null,
    changed_at   timestamp with time zone not null,
    constraint announced_state_pk primary key (subject_type, subject_key)
);
