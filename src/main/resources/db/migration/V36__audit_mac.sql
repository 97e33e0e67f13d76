-- Issue #11: the audit chain is keyed. Each new row carries an HMAC (HMAC-SM3 by default, prefix "sm3:"; or
-- "sha256:") over its recorded fields and the previous row's link (its MAC, or its hash for a row written before this
-- migration), made with a key that never lives in the database (platform.integrity.*), and the id of that key so the
-- key can be rotated. Rows written before stay verifiable by their unkeyed SHA-256 chain; the first keyed row (the
-- "seal" the platform writes at its first start after this migration) covers the old head, so recomputing old rows
-- breaks the seal's link. A table rewrite fires no row trigger.
alter table audit_event add column mac_key_id varchar(32);
alter table audit_event add column mac varchar(100);
alter table audit_event add constraint audit_event_mac_with_key check ((mac is null) = (mac_key_id is null));
