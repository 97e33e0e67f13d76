-- An expert's phone and e-mail and an objector's contact are stored SM4-GCM sealed ("sm4:<key id>:<Base64>", see
-- PersonalDataCipher) like the applications' personal data: the columns widen to hold the sealed form. Existing
-- clear values are sealed by the start-up steps ExpertDataSealing and ApplicationDataSealing (the key is not
-- available to SQL migrations, by design). No search or duplicate check reads these columns, so they need no blind
-- index.
--
-- Width: a form allows up to 120 characters of e-mail (international characters accepted, 3 bytes each in UTF-8) and
-- 100 of contact; sealed that is up to 6 + 4/3 × (3 × 120 + 28) ≈ 526 characters, so 600 leaves room for a longer key
-- id. The applications' two e-mail columns (400 since V37_1) widen for the same reason.
alter table expert
    alter column phone type varchar(600),
    alter column email type varchar(600);
alter table notice_objection alter column contact type varchar(600);
alter table application
    alter column contact_email type varchar(600),
    alter column society_email type varchar(600);
