-- An administrator's one-time secrets go by e-mail only to an address its holder set (issue #10 review):
-- addresses set so far were typed by administrators, so none is trusted until its holder sets it again.
alter table account add column email_set_by_holder boolean not null default false;
