-- The time zone a Lean Coffee session was planned in (its SIG's meeting zone, else the portal's), so that pages can show
-- its own clock beside the reader's. Sessions planned before this column existed were planned in Europe/Berlin.
alter table lean_coffee_session add column time_zone varchar(64);
