-- What the submitter of a piece of feedback has not read yet: when its status or public answer last changed (news_at)
-- and when the submitter last opened it (seen_at). "My work" counts the items whose news is newer than the visit.
alter table feedback_item add column news_at timestamp with time zone;
alter table feedback_item add column seen_at timestamp with time zone;
