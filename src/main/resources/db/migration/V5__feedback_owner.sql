-- Feedback is routed to an owner (a team): the related page's owner when it was sent, else the team configured for
-- its category. Ratings already keep the page's owner; both are filtered by owner in triage.
alter table feedback_item add column owner varchar(200);

create index feedback_item_owner on feedback_item (owner, created_at);
create index page_rating_owner on page_rating (page_owner, created_at);
