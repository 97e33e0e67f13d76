-- The audit list filters by client IP (an assessor's "what else came from this address"), like it does by actor.
create index audit_event_ip on audit_event (actor_ip, occurred_at);
