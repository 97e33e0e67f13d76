-- A society's phone and an account's e-mail are stored SM4-GCM sealed ("sm4:<key id>:<Base64>", see
-- PersonalDataCipher) like the other personal data: the columns widen to hold the sealed form (a 40-character phone
-- and a 120-character e-mail, 3 bytes a character at worst, fit 400 and 600). Existing clear values are sealed by the
-- start-up steps SocietyDataSealing and AccountDataSealing (the key is not available to SQL migrations, by design).
alter table society alter column phone type varchar(400);
alter table account alter column email type varchar(600);

-- The blind index of an account's e-mail (HMAC-SM3 of the trimmed, lower-cased address, hex; see
-- PersonalDataCipher.blindIndex): the account list finds the account(s) of an exact address without opening every
-- row. Not unique: the applicant accounts of one unit may share a mailbox. Filled by AccountDataSealing for rows
-- written before it existed, recomputed whenever the address is re-sealed under a new key.
alter table account add column email_index varchar(64);
create index account_email_index on account (email_index) where email_index is not null;
