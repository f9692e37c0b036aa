-- One row per write that came with a submission key (a form's hidden submission-key field, or an API client's
-- Idempotency-Key header), inserted in the write's own transaction: a resend of the same submission finds its row and
-- is answered like the first success instead of being stored again. submission_hash is a SHA-256 (hex) of the kind,
-- the key and what was sent, so a page that reuses one key for different text does not lose the second text.
-- location is where the first success sent the person (a 303) or what it created (the API). Rows older than a day are
-- pruned by a scheduled job.
create table form_submission (
    submission_hash varchar(64) not null,
    kind            varchar(40) not null,
    location        varchar(1000),
    created_at      timestamp with time zone not null,
    constraint form_submission_pk primary key (submission_hash)
);

create index form_submission_created on form_submission (created_at);
