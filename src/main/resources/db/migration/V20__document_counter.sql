-- One series of 衢市科协〔YYYY〕n号 per year for every document the platform issues (documents.DocumentNumbers):
-- recognition documents (V8 recognition_counter) and results documents (V17 evaluation_document_counter) used to
-- count separately and could issue the same number twice. The new counter starts after the highest of both.
create table document_counter (
    year      int primary key,
    last_seq  int not null check (last_seq >= 1)
);

insert into document_counter (year, last_seq)
select year, max(last_seq) from (
    select year, last_seq from recognition_counter
    union all
    select year, last_seq from evaluation_document_counter) c
group by year;

drop table recognition_counter;
drop table evaluation_document_counter;
