-- One evidence kind (issue #16 item 4): the measures name the kinds evidence is recorded in (station.EvidenceKind,
-- table station_evidence.kind), so the evaluation no longer keeps its own names joined to them by hand. The item an
-- evidence kind counts toward is read from these rows.
update indicator_rule_part set evidence_kind = case evidence_kind
        when 'REPORT' then 'REPORT_WITH_ADVICE'
        when 'ADOPTION' then 'ADOPTION_OR_INSTRUCTION'
        when 'SALON' then 'SALON_OR_SEMINAR'
        when 'HIGH_LEVEL_TALENT' then 'TALENT_OR_WORKSTATION'
        when 'TECHNICAL_PROBLEM' then 'TECHNICAL_PROBLEM_SOLVED'
        else evidence_kind end
 where evidence_kind in ('REPORT', 'ADOPTION', 'SALON', 'HIGH_LEVEL_TALENT', 'TECHNICAL_PROBLEM');
