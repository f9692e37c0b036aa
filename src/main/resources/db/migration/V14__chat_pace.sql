-- The pace of each chat webhook across all instances (notifications.chat, docs/operations.md "Chat channels"): before
-- posting, an instance takes the webhook's turn with one conditional UPDATE that only matches while next_send_at has
-- come, and moves it one interval (1 / per-second) on. hook is a SHA-256 of the webhook's address, never the address
-- (a secret).
create table chat_webhook_pace (
    hook         varchar(64) primary key,
    next_send_at timestamp with time zone not null
);
