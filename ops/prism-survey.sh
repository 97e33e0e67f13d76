# The calls of ops/prism-walk.sh (sourced by it): docs/api-walk.sh from draft to recognition, then the evaluation
# year's first steps, then a survey of every resource's lists and details with their error answers (404, 409, 422,
# and through the probe proxy 400 and 401). Expects APP (the application), BASE (the walk proxy), PROBE (the probe
# proxy), FAKETIME_FILE (the application's clock shift) and WORK.
# shellcheck shell=bash

declare -A TOKEN
UNEXPECTED=0
MISSING=999999

# a personal access token through the pages, as a person would get one (docs/api.md "Personal access tokens")
token_for() {
  local user=$1 jar=$WORK/cookies-$1 csrf
  csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
  csrf=$(curl -sS -c "$jar" -b "$jar" "$APP/login" | csrf_of)
  curl -sS -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=Demo@2026pw" \
    --data-urlencode "_csrf=$csrf" "$APP/login"
  csrf=$(curl -sS -c "$jar" -b "$jar" "$APP/account/tokens" | csrf_of)
  curl -sS -c "$jar" -b "$jar" --data-urlencode "name=prism-walk" --data-urlencode "validDays=365" \
    --data-urlencode "_csrf=$csrf" "$APP/account/tokens" | grep -o 'qzst_[A-Za-z0-9_-]*' | head -1
}

# on USER METHOD PATH [JSON] [STATUS] — through the walk proxy; prints the body; a status other than the expected one
# (default: any 2xx; 4xx: any refusal) is counted and shown, and the survey goes on
on() { send "$BASE" "Authorization: Bearer ${TOKEN[$1]}" "${@:2}"; }

# probe USER|- METHOD PATH [RAW BODY] STATUS — a deliberately wrong request, through the probe proxy
probe() {
  local auth="X-No-Token: 1"
  [[ $1 != - ]] && auth="Authorization: Bearer ${TOKEN[$1]}"
  send "$PROBE" "$auth" "${@:2}"
}

send() {
  local base=$1 auth=$2 method=$3 path=$4 body=${5:-} expected=${6:-2xx} out status
  local args=(-sS -X "$method" -H "$auth" -H "Accept-Language: zh-CN" -w '\n%{http_code}')
  [[ -n $body ]] && args+=(-H "Content-Type: application/json" --data-binary "$body")
  [[ $method == POST ]] && args+=(-H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)")
  out=$(curl "${args[@]}" "$base$path" | tr -d '\000') # a PDF's NULs: only the status matters then
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if ! [[ $status == "$expected" || ($expected == [24]xx && $status == ${expected:0:1}??) ]]; then
    UNEXPECTED=$((UNEXPECTED + 1))
    echo "  unexpected: $method $path → $status (expected $expected): ${out:0:200}" >&2
  fi
  printf '%s' "$out"
}

# the request body example of an operation in docs/openapi.json, changed by a jq filter
example() { jq -c --arg p "$2" "(.paths[\$p].${1}.requestBody.content[\"application/json\"].example) | ${3:-.}" docs/openapi.json; }

# the document's example form, with numbers that pass the checks (its placeholders are "示例")
PLAUSIBLE='with_entries(if (.key | test("Mobile$")) then .value = "13800000000"
  elif (.key | test("Phone|Fax$")) then .value = "0570-0000000" elif (.key | test("ostcode$")) then .value = "324000"
  else . end)'

# move the application's clock to DATE (libfaketime reads the file again within a second)
travel_to() {
  local days=$((($(date -d "$1 12:00" +%s) - $(date +%s)) / 86400 + 1))
  echo "+${days}d" >"$FAKETIME_FILE"
  sleep 2
  echo "-- the application's today: $(on city-cast GET /api/platform/date | jq -r .today)"
}

survey_all() {
  local user
  for user in applicant-js applicant-city county-cast-js county-talent-js city-cast city-talent expert-zhang \
      society-chem sysadmin secadmin auditadmin; do
    TOKEN[$user]=$(token_for "$user")
    [[ -n ${TOKEN[$user]} ]] || { echo "prism-walk: no token for $user" >&2; exit 2; }
  done
  walk
  evaluation_year
  survey
  survey_station
  probes
  echo "statuses other than expected: $UNEXPECTED"
}

# a one-page PDF (the signed agreement the walk uploads)
agreement_pdf() {
  local objs=("<< /Type /Catalog /Pages 2 0 R >>" "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>") pdf="%PDF-1.4"$'\n' offsets=() i
  for i in "${!objs[@]}"; do
    offsets+=("${#pdf}")
    pdf+="$((i + 1)) 0 obj ${objs[$i]} endobj"$'\n'
  done
  local xref=${#pdf}
  pdf+="xref"$'\n'"0 4"$'\n'"0000000000 65535 f "$'\n'
  for i in "${offsets[@]}"; do pdf+=$(printf '%010d 00000 n ' "$i")$'\n'; done
  pdf+="trailer << /Size 4 /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n'"%%EOF"$'\n'
  printf '%s' "$pdf" >"$1"
}

# docs/api-walk.sh from draft to notice; the notice period ends; recognition
walk() {
  export APPLICANT_TOKEN=${TOKEN[applicant-js]} COUNTY_CAST_TOKEN=${TOKEN[county-cast-js]}
  export COUNTY_TALENT_TOKEN=${TOKEN[county-talent-js]} CITY_CAST_TOKEN=${TOKEN[city-cast]}
  export CITY_TALENT_TOKEN=${TOKEN[city-talent]} EXPERT_TOKENS=${TOKEN[expert-zhang]}
  EXPERT_IDS=$(on city-cast GET "/api/experts?q=%E5%BC%A0%E6%98%8E" | jq -r '.items[0].id')
  # the society the expert has no tie with (a tie would exclude him from the panel)
  SOCIETY_ID=$(on city-cast GET "/api/societies?q=%E6%9C%BA%E6%A2%B0" | jq -r '.items[0].id')
  export EXPERT_IDS SOCIETY_ID LEVEL=PROVINCIAL AGREEMENT=$WORK/agreement.pdf
  agreement_pdf "$AGREEMENT"
  local out
  out=$(docs/api-walk.sh apply | tee /dev/stderr)
  APPLICATION=$(sed -n 's/^draft //p' <<<"$out")
  NOTICE=$(sed -n 's/^notice \([0-9]*\) .*/\1/p' <<<"$out")
  travel_to "$(date -d "$(on city-cast GET "/api/notices/$NOTICE" | jq -r .endDate) + 1 day" +%F)"
  TODAY=$(on city-cast GET /api/platform/date | jq -r .today) docs/api-walk.sh recognise "$NOTICE"
  STATION=$(on city-cast GET /api/stations | jq -r '.items[0].id')
}

# every resource's lists and details as the office that reads them, and their answers to a missing id or a stale version
survey() {
  local user path app
  for user in "${!TOKEN[@]}"; do on "$user" GET /api/me >/dev/null; on "$user" GET /api/tokens >/dev/null; done
  on applicant-js GET /api/platform/date >/dev/null
  for path in /api/applications /api/notices /api/panels /api/societies /api/units /api/experts /api/stations \
      /api/evaluations /api/evaluations/reports /api/evaluations/results /api/evaluations/results/years \
      /api/funding/categories /api/funding/clawbacks /api/funding/instalments /api/funding/ledgers \
      /api/funding/overview /api/funding/reconciliation /api/rectifications /api/revocation-proposals \
      /api/reports/statistics /api/notices/defaults /api/panels/policy; do
    on city-cast GET "$path" >/dev/null
  done
  for path in /api/applications /api/notices /api/panels /api/societies /api/units /api/experts /api/stations \
      /api/evaluations/reports /api/rectifications /api/revocation-proposals /api/funding/clawbacks \
      /api/funding/instalments /api/funding/ledgers /api/evaluations/results/stations; do
    on city-cast GET "$path/$MISSING" "" 404 >/dev/null
  done
  on city-cast GET "/api/evaluations/$MISSING" "" 404 >/dev/null
  on expert-zhang GET /api/panels/assignments >/dev/null
  on expert-zhang GET /api/evaluations/assignments >/dev/null
  on expert-zhang GET "/api/panels/sheets/$MISSING" "" 404 >/dev/null
  on society-chem GET /api/society/stations >/dev/null
  on society-chem GET "/api/society/stations/$MISSING" "" 404 >/dev/null
  on auditadmin GET /api/audit >/dev/null
  on auditadmin GET /api/audit/sign-ins >/dev/null
  on applicant-js GET /api/audit "" 403 >/dev/null
  on applicant-js POST /api/units "$(example post /api/units "$PLAUSIBLE"' | .creditCode = "91330800MA2KP00013"')" 403 \
      >/dev/null
  survey_records
  survey_drafts
}

# the records the walk made, read back
survey_records() {
  local app=$APPLICATION attachment
  app=$(on city-cast GET "/api/applications/$app")
  attachment=$(jq -r '.attachments[0].id' <<<"$app")
  on applicant-js GET "/api/applications/$APPLICATION/attachments/$attachment" >/dev/null
  on applicant-js GET "/api/applications/$APPLICATION/attachments/$MISSING" "" 404 >/dev/null
  PANEL=$(on city-cast GET /api/panels | jq -r '.items[0].id')
  on city-cast GET "/api/panels/$PANEL" >/dev/null
  SHEET=$(on expert-zhang GET /api/panels/assignments | jq -r '.items[0].id')
  on expert-zhang GET "/api/panels/sheets/$SHEET" >/dev/null
  on city-cast GET "/api/notices/$NOTICE" >/dev/null
  on city-cast GET "/api/notices/$NOTICE/objections" >/dev/null
  on city-cast GET "/api/notices/$NOTICE/recognition-preview" >/dev/null
  on city-cast GET "/api/notices/$MISSING/objections" "" 404 >/dev/null
  on city-cast GET "/api/societies/$SOCIETY_ID" >/dev/null
  on city-cast GET "/api/experts/$EXPERT_IDS" >/dev/null
  on city-cast GET "/api/units/$(on city-cast GET /api/units | jq -r '.items[0].id')" >/dev/null
  # a decision on an application that is past that step
  on city-cast POST "/api/applications/$APPLICATION/decisions" "$(jq -nc --argjson v "$(jq .version <<<"$app")" \
      '{decision: "PASS", opinion: "同意。", sealConfirmed: true, version: $v}')" 409 >/dev/null
}

# a draft made, read, written back unchanged, submitted with a stale version; a society, a unit and an expert made and
# changed; a token revoked through the API
survey_drafts() {
  local draft id version body
  draft=$(example post /api/applications "$PLAUSIBLE"' | .societyId = '"$SOCIETY_ID"' | .stationName = "调查服务站"')
  id=$(on applicant-js POST /api/applications "$draft" 201 | jq -r .id)
  body=$(on applicant-js GET "/api/applications/$id")
  version=$(jq '.version // 0' <<<"$body")
  on applicant-js PUT "/api/applications/$id?version=$version" "$body" >/dev/null
  on applicant-js PUT "/api/applications/$id?version=$version" "$body" 409 >/dev/null
  on applicant-js POST "/api/applications/$id/submit?version=$((version + 1))" "" 422 >/dev/null
  on city-cast POST "/api/applications/paper?unitId=$(on city-cast GET /api/units | jq '.items[0].id')" \
      "$(example post /api/applications/paper "$PLAUSIBLE"' |
      .societyId = '"$SOCIETY_ID"' | .stationName = "纸质服务站"')" 201 >/dev/null
  id=$(on city-cast POST /api/societies "$(example post /api/societies '.name = "调查学会"')" 201 | jq -r .id)
  on city-cast PUT "/api/societies/$id?version=$(on city-cast GET "/api/societies/$id" | jq .version)" \
      "$(example put /api/societies/{id} '.name = "调查学会（改）"')" >/dev/null
  on city-cast PUT "/api/societies/$id?version=$MISSING" "$(example put /api/societies/{id})" 409 >/dev/null
  # a credit code with its check character (GB 32100), made once, then again: the second is refused
  body=$(example post /api/units "$PLAUSIBLE"' | .creditCode = "91330800MA2KP00013" | .jurisdictionId = 1')
  on city-cast POST /api/units "$body" 201 >/dev/null
  on city-cast POST /api/units "$body" 422 >/dev/null
  id=$(on city-cast POST /api/experts "$(example post /api/experts "$PLAUSIBLE"' | .societyIds = [] | .hostUnitId = null |
      .phone = "13800000009"')" 201 | jq -r .id)
  on city-cast PUT "/api/experts/$id?version=$(on city-cast GET "/api/experts/$id" | jq .version)" \
      "$(example put /api/experts/{id} "$PLAUSIBLE"' | .societyIds = [] | .hostUnitId = null | .phone = "13800000009"')" \
      >/dev/null
  on city-cast POST "/api/experts/$id/deactivation" "" >/dev/null
  id=$(on city-cast GET /api/tokens | jq -r '.[0].id // .items[0].id')
  on city-cast DELETE "/api/tokens/$MISSING" "" 404 >/dev/null
}

# the station, its evaluation and its money, read back
survey_station() {
  local path instalment
  for path in "/api/stations/$STATION" "/api/stations/$STATION/evidence" "/api/stations/$STATION/feedback" \
      "/api/evaluations/$YEAR" "/api/evaluations/$YEAR/participants" "/api/evaluations/$YEAR/preview" \
      "/api/evaluations/reports/$REPORT" "/api/evaluations/results/$YEAR" "/api/evaluations/results/stations/$STATION" \
      "/api/funding/ledgers/$STATION" "/api/funding/ledgers/$STATION/entries" \
      "/api/funding/ledgers/$STATION/usage?year=$YEAR"; do
    on city-cast GET "$path" >/dev/null
  done
  on city-cast GET "/api/evaluations/results/$YEAR/document" >/dev/null
  instalment=$(on city-cast GET "/api/funding/instalments?year=$YEAR" | jq '.items[0].id')
  on city-cast GET "/api/funding/instalments/$instalment" >/dev/null
  on applicant-js GET "/api/evaluations/reports/$REPORT/result" >/dev/null
  on applicant-js POST "/api/stations/$STATION/evidence" "$(example post /api/stations/{id}/evidence '.attendance = -1')" \
      400 >/dev/null
  on city-cast POST "/api/evaluations" "{\"year\": $YEAR, \"reportDeadline\": \"$((YEAR + 1))-01-20\"}" 422 >/dev/null
  survey_refusals
}

# the operations the walk does not reach, each with its documented example body, refused (a missing record, a step
# already taken): the refusal must be documented too
survey_refusals() {
  local user method path template
  while read -r user method path template; do
    on "$user" "$method" "$path" "$(example "${method,,}" "$template")" 4xx >/dev/null
  done <<EOT
city-cast POST /api/evaluations/reports/$MISSING/adjustments /api/evaluations/reports/{id}/adjustments
expert-zhang POST /api/evaluations/reports/$MISSING/conflict /api/evaluations/reports/{id}/conflict
city-cast POST /api/evaluations/reports/$MISSING/inspections /api/evaluations/reports/{id}/inspections
city-cast POST /api/evaluations/$YEAR/tie /api/evaluations/{year}/tie
city-cast POST /api/funding/clawbacks/$MISSING/repayments /api/funding/clawbacks/{id}/repayments
city-cast POST /api/funding/ledgers/$STATION/entries/$MISSING/reversal /api/funding/ledgers/{stationId}/entries/{entryId}/reversal
city-cast POST /api/notices/objections/$MISSING/resolution /api/notices/objections/{objectionId}/resolution
city-cast POST /api/panels/$PANEL/assignments /api/panels/{id}/assignments
expert-zhang POST /api/panels/sheets/$SHEET/conflict /api/panels/sheets/{id}/conflict
expert-zhang PUT /api/panels/sheets/$SHEET /api/panels/sheets/{id}
city-cast POST /api/revocation-proposals/$MISSING/accept /api/revocation-proposals/{id}/accept
city-cast POST /api/revocation-proposals/$MISSING/dismiss /api/revocation-proposals/{id}/dismiss
city-cast POST /api/rectifications/$MISSING/deadline /api/rectifications/{id}/deadline
applicant-js POST /api/rectifications/$MISSING/report /api/rectifications/{id}/report
city-cast POST /api/rectifications/$MISSING/return /api/rectifications/{id}/return
city-cast POST /api/evaluations/results/corrections/$MISSING/reject /api/evaluations/results/corrections/{id}/reject
society-chem POST /api/society/stations/$STATION/feedback /api/society/stations/{id}/feedback
EOT
  on city-cast POST "/api/rectifications/$MISSING/accept" "" 4xx >/dev/null
  on city-talent POST "/api/evaluations/results/corrections/$MISSING/approve" "" 4xx >/dev/null
  # the document's example proposes a grade its score does not allow: refused with 422 naming the grade
  on city-cast POST "/api/evaluations/results/stations/$STATION/corrections" \
      "$(example post /api/evaluations/results/stations/{stationId}/corrections ".year = $YEAR")" 422 >/dev/null
  # a revocation is a form with the signed decision (multipart): of a station that does not exist
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${TOKEN[city-cast]}" \
      -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -F cause=FALSE_MATERIALS -F decidedOn=2026-03-02 \
      -F documentNumber=衢市科协〔2026〕9号 -F reason=调查 "$BASE/api/stations/$MISSING/revocation")
  [[ $status == 404 ]] || { UNEXPECTED=$((UNEXPECTED + 1)); echo "  unexpected: revocation → $status (expected 404)" >&2; }
  on city-cast POST "/api/funding/ledgers/$STATION/expenses" "$(example post /api/funding/ledgers/{stationId}/expenses)" \
      4xx >/dev/null
  on city-cast POST /api/funding/reconciliation "" >/dev/null
}

# deliberately wrong requests: no token, malformed JSON, a wrong type, an unknown enum, an unknown path, a wrong method
probes() {
  probe - GET /api/units "" 401 >/dev/null
  probe - GET /api/me "" 401 >/dev/null
  probe city-cast POST /api/societies '{"name": "半个' 400 >/dev/null
  probe city-cast POST /api/societies '{"name": "类型", "level": "GALACTIC"}' 400 >/dev/null
  probe city-cast GET "/api/units?size=abc" "" 400 >/dev/null
  probe city-cast GET "/api/stations?level=GALACTIC" "" 400 >/dev/null
  probe city-cast GET "/api/applications/abc" "" 400 >/dev/null
  probe city-cast GET /api/nothing-here "" 404 >/dev/null
  probe city-cast DELETE /api/units "" 405 >/dev/null
}

# the station's first evaluation year, as ApiWalkTests walks it: evidence, the round, the self-report and its route,
# the expert's judgement, the city's verification and publication, then the first instalment
evaluation_year() {
  local year kind report version line
  year=$(on city-cast GET /api/platform/date | jq -r '.today[0:4]')
  for kind in ENTERPRISE_INTRODUCED SALON_OR_SEMINAR SALON_OR_SEMINAR REPORT_WITH_ADVICE REPORT_WITH_ADVICE \
      TECHNICAL_PROBLEM_SOLVED; do
    on applicant-js POST "/api/stations/$STATION/evidence" "$(jq -nc --arg k "$kind" --argjson y "$year" --arg d \
        "$(date -d "$(on applicant-js GET /api/platform/date | jq -r .today)" +%F)" \
        '{year: $y, kind: $k, occurredOn: $d, description: ("佐证：" + $k)}')" 201 >/dev/null
  done
  travel_to "$((year + 1))-01-05"
  on city-cast POST /api/evaluations "$(jq -nc --argjson y "$year" '{year: $y, reportDeadline: "\($y + 1)-01-20"}')" 201 \
      >/dev/null
  line=$(on applicant-js GET "/api/evaluations/reports?year=$year" | jq -c '.items[0]')
  report=$(jq .id <<<"$line")
  version=$(on applicant-js PUT "/api/evaluations/reports/$report" "$(jq -nc --argjson v "$(jq .version <<<"$line")" \
      '{summary: "年度工作总结。", parts: ["A1.1:OFFICE", "A1.1:STAFF", "A1.2:RULES", "A1.2:FUNDS_PROPER",
        "A1.2:HOST_FUNDING", "A1.2:DATABASES", "A2.2:CONTENT", "A2.2:AGREEMENT_PLAN"], reach: "PROVINCE",
        coverage: 100, version: $v}')" | jq .report.version)
  version=$(step applicant-js submit "$report" "{\"version\": $version}")
  version=$(step county-cast-js county-check "$report" "{\"decision\": \"PASS\", \"opinion\": \"真实完整。\", \"version\": $version}")
  version=$(step county-talent-js county-forward "$report" "{\"decision\": \"PASS\", \"opinion\": \"报送。\", \"version\": $version}")
  on city-cast POST "/api/evaluations/$year/experts" "{\"expertIds\": [$EXPERT_IDS]}" >/dev/null
  on expert-zhang GET /api/evaluations/assignments >/dev/null
  on expert-zhang POST "/api/evaluations/reports/$report/judgement" '{"judgement": 4, "comment": "效益明显。"}' >/dev/null
  travel_to "$((year + 1))-02-01"
  version=$(on city-cast GET "/api/evaluations/reports/$report" | jq .report.version)
  step city-cast city-decision "$report" "{\"decision\": \"VERIFY\", \"version\": $version}" >/dev/null
  published "$year"
  on city-cast GET "/api/evaluations/results/$year" >/dev/null
  on applicant-js GET "/api/evaluations/reports/$report/result" >/dev/null
  paid "$year"
  REPORT=$report YEAR=$year
}

# a step of the report's route; it answers the report's whole sheet
step() { on "$1" POST "/api/evaluations/reports/$3/$2" "$4" | jq .report.version; }

published() {
  local year=$1 version today
  today=$(on city-cast GET /api/platform/date | jq -r .today)
  version=$(on city-cast GET "/api/evaluations/$year/preview" | jq .round.version)
  version=$(on city-cast POST "/api/evaluations/$year/decision" "$(jq -nc --arg d "$today" --argjson v "$version" \
      '{decidedOn: $d, meetingReference: "市科协党组会议〔\($d[0:4])〕2号", version: $v}')" | jq .version)
  version=$(on city-cast POST "/api/evaluations/$year/report-to-talent" "{\"version\": $version}" | jq .version)
  version=$(on city-talent POST "/api/evaluations/$year/talent-decision" \
      "{\"decision\": \"APPROVE\", \"opinion\": \"同意。\", \"version\": $version}" | jq .version)
  on city-cast POST "/api/evaluations/$year/publish" "{\"version\": $version}" >/dev/null
}

# the first instalment paid; its approval needs a second city CAST official (four eyes), which the demo does not have
paid() {
  local year=$1 amount today payment
  amount=$(on city-cast GET "/api/funding/instalments?year=$year" | jq '.items[0].amount')
  today=$(on city-cast GET /api/platform/date | jq -r .today)
  payment=$(on city-cast POST "/api/funding/stations/$STATION/years/$year/payment" "$(jq -nc --arg d "$today" \
      --argjson a "$amount" '{paidOn: $d, amount: $a, documentNumber: "衢财拨〔\($d[0:4])〕1号", bankReference: "BANK-1"}')" \
      201 | jq .id)
  on city-cast POST "/api/funding/payments/$payment/approval" "" 422 >/dev/null
}
