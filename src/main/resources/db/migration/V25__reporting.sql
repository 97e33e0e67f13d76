-- 统计: the programme's statistics page, export and API, for the city offices and (within their jurisdiction) the
-- county offices.
insert into permission (code) values ('report:read');
insert into role_permission (role_code, permission_code) values
    ('CITY_CAST', 'report:read'), ('CITY_TALENT', 'report:read'),
    ('COUNTY_CAST', 'report:read'), ('COUNTY_TALENT', 'report:read');
