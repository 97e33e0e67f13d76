-- api-station-detail: /api/stations/12345 (token:city, HTTP 200) — captured by bench/capture-sql.sh
select pat1_0.id,pat1_0.account_id,pat1_0.created_at,pat1_0.expires_at,pat1_0.last_used_at,pat1_0.name,pat1_0.revoked_at,pat1_0.token_hash,pat1_0.token_prefix from personal_access_token pat1_0 where pat1_0.token_hash='7909074aabc3f917346b144c69efa4cb0109b32ae77607073143ccfcaaf3f3ff';
select a1_0.id,a1_0.display_name,a1_0.email,a1_0.enabled,a1_0.expert_id,a1_0.host_unit_id,a1_0.jurisdiction_id,a1_0.must_change_password,a1_0.oidc_issuer,a1_0.oidc_subject,a1_0.password_changed_at,a1_0.password_hash,r1_0.account_id,r1_0.role_code,a1_0.security_stamp,a1_0.society_id,a1_0.username,a1_0.version from account a1_0 left join account_role r1_0 on a1_0.id=r1_0.account_id where a1_0.id='1';
select permission_code from role_permission where role_code in ('CITY_CAST');
select s1_0.id,s1_0.agreement_ends_on,s1_0.agreement_signed_on,s1_0.application_id,s1_0.document_number,s1_0.host_unit_id,s1_0.host_unit_name,s1_0.jurisdiction_id,s1_0.level,s1_0.name,s1_0.recognised_on,s1_0.responsible_name,s1_0.responsible_phone,s1_0.responsible_title,s1_0.society_branch,s1_0.society_id,s1_0.society_name,s1_0.status,s1_0.version from station s1_0 where 1=1 and s1_0.id='12345' fetch first '2' rows only;
select et1_0.station_id,et1_0.position,et1_0.field,et1_0.name,et1_0.organisation,et1_0.planned_days,et1_0.title from station_expert et1_0 where et1_0.station_id='12345';
select j1_0.id,j1_0.active,j1_0.code,j1_0.kind,j1_0.name,j1_0.sort_order from jurisdiction j1_0 where j1_0.id='8';
select hu1_0.id,hu1_0.name from host_unit hu1_0 where hu1_0.id in ('12345');
select s1_0.id,s1_0.branch,s1_0.contact,s1_0.level,s1_0.name,s1_0.phone,s1_0.version from society s1_0 where s1_0.id in ('12345');
