-- api-units: /api/units (token:city, HTTP 200) — captured by bench/capture-sql.sh
select pat1_0.id,pat1_0.account_id,pat1_0.created_at,pat1_0.expires_at,pat1_0.last_used_at,pat1_0.name,pat1_0.revoked_at,pat1_0.token_hash,pat1_0.token_prefix from personal_access_token pat1_0 where pat1_0.token_hash='7909074aabc3f917346b144c69efa4cb0109b32ae77607073143ccfcaaf3f3ff';
select a1_0.id,a1_0.display_name,a1_0.email,a1_0.enabled,a1_0.expert_id,a1_0.host_unit_id,a1_0.jurisdiction_id,a1_0.must_change_password,a1_0.oidc_issuer,a1_0.oidc_subject,a1_0.password_changed_at,a1_0.password_hash,r1_0.account_id,r1_0.role_code,a1_0.security_stamp,a1_0.society_id,a1_0.username,a1_0.version from account a1_0 left join account_role r1_0 on a1_0.id=r1_0.account_id where a1_0.id='1';
select permission_code from role_permission where role_code in ('CITY_CAST');
select count(*) from host_unit u join jurisdiction j on j.id = u.jurisdiction_id where (true);
select u.id, u.name, u.credit_code, u.jurisdiction_id, j.name as jurisdiction_name, u.nature from host_unit u join jurisdiction j on j.id = u.jurisdiction_id where (true) order by u.name asc, u.id asc limit '20' offset '0';
