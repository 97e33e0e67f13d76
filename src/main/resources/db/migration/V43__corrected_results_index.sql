-- Issue #9: the results years' summary reads its grade counts from result_grade_count (V40) and counts only the
-- corrected results in force itself — few rows, found by this partial index instead of a scan of every result.
create index evaluation_result_list_corrected on evaluation_result_list (year, jurisdiction_id) where version > 1;
