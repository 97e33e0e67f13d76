-- An expert's phone and e-mail and an objector's contact are stored SM4-GCM sealed ("sm4:<key id>:<Base64>", see
-- PersonalDataCipher) like the applications' personal data: the columns widen to hold the sealed form. Existing
-- clear values are sealed by the start-up steps ExpertDataSealing and ApplicationDataSealing (the key is not
-- available to SQL migrations, by design). No search or duplicate check reads these columns, so they need no blind
-- index.
alter table expert
    alter column phone type varchar(400),
    alter column email type varchar(400);
alter table notice_objection alter column contact type varchar(400);
