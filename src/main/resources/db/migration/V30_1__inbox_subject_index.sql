-- The inbox: a keyword is matched on the subject keys an account has received (read from this index only) and on
-- the arguments of that account's messages (reached through notification_message_recipient).
create index notification_message_subject on notification_message (recipient_account_id, subject_key);
