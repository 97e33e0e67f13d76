-- Personal data in an application is stored SM4-GCM sealed ("sm4:<key id>:<Base64>", see PersonalDataCipher): the
-- columns widen to hold the sealed form. Existing clear values are sealed by the start-up step PersonalDataSealing
-- (the key is not available to SQL migrations, by design).
alter table application
    alter column contact_phone            type varchar(400),
    alter column contact_mobile           type varchar(400),
    alter column contact_fax              type varchar(400),
    alter column contact_email            type varchar(400),
    alter column contact_im               type varchar(400),
    alter column society_legal_rep_mobile type varchar(400),
    alter column society_contact_mobile   type varchar(400),
    alter column society_phone_fax        type varchar(400),
    alter column society_qq               type varchar(400),
    alter column society_email            type varchar(400),
    alter column society_wechat           type varchar(400),
    alter column responsible_phone        type varchar(400);

-- Showing a masked value in full ("显示"), audited each time: the reviewing offices only; experts, societies and
-- administrators see personal data masked and are refused (403, audited).
insert into permission (code) values ('personal:reveal');
insert into role_permission (role_code, permission_code) values
    ('COUNTY_CAST', 'personal:reveal'), ('COUNTY_TALENT', 'personal:reveal'),
    ('CITY_CAST', 'personal:reveal'), ('CITY_TALENT', 'personal:reveal');
