-- The review panel list (issue #9): searched by name on a trigram index, an index per filter and sort. pg_trgm was
-- created by V26. The batch/member/sheet counts use the panel_id prefix of the existing unique keys.
create index review_panel_name_search on review_panel using gin (name gin_trgm_ops);
create index review_panel_formed on review_panel (formed_at, id);
create index review_panel_name on review_panel (name, id);
create index review_panel_year on review_panel (year, id);
create index review_panel_status on review_panel (status, id);
