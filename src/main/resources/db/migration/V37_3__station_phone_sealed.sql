-- The station's responsible-person phone is stored SM4-GCM sealed like the application it comes from; clear values
-- are sealed by the start-up step StationDataSealing.
alter table station alter column responsible_phone type varchar(400);
