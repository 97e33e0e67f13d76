#!/usr/bin/env bash
# An application from draft to recognition through the JSON API only (docs/api.md) — an example for integrators.
# Not run in CI; the integration test of issue #13 walks the same route in Java.
#
# Each step is taken by the account whose step it is, with that account's personal access token (see
# "Personal access tokens" in docs/api.md):
#
#   BASE=https://stations.example.gov.cn
#   APPLICANT_TOKEN=qzst_…       the host unit's account
#   COUNTY_CAST_TOKEN=qzst_…     county CAST of the unit's jurisdiction (not needed for a city-direct unit)
#   COUNTY_TALENT_TOKEN=qzst_…   county talent office (idem)
#   CITY_CAST_TOKEN=qzst_…       city CAST
#   CITY_TALENT_TOKEN=qzst_…     city talent office
#   EXPERT_TOKENS="qzst_… qzst_…"  the panel's experts, one token each
#   EXPERT_IDS="3 4"               their expert ids (the page /experts lists them), same order
#   SOCIETY_ID=2 LEVEL=PROVINCIAL  the partner society and its level, NATIONAL or PROVINCIAL (GET /api/societies)
#   AGREEMENT=agreement.pdf        the signed cooperation agreement (PDF)
#
#   docs/api-walk.sh apply        draft → submitted → county → city → panel → recommended → talent office → notice
#   docs/api-walk.sh recognise N  after notice N has ended without open objections: the city CAST prepares the
#                                 recognition document, the city talent office confirms (numbers and issues) it
#
# Needs curl and jq. Every failure is an application/problem+json body (docs/api.md, "Errors"); the script prints it
# and stops. Every POST carries an Idempotency-Key, so a step that timed out can simply be run again.
set -euo pipefail

: "${BASE:?set BASE}"
TODAY=${TODAY:-$(date +%F)}   # the platform's date (GET /api/platform/date) if it differs from this machine's
YEAR=${TODAY:0:4}

# call TOKEN METHOD PATH [JSON] — prints the answer's body; stops on a non-2xx with the problem's message
call() {
  local token=$1 method=$2 path=$3 body=${4:-} out status
  local args=(-sS -X "$method" -H "Authorization: Bearer $token" -H "Accept-Language: zh-CN" -w '\n%{http_code}')
  if [[ $method == POST ]]; then
    args+=(-H "Idempotency-Key: walk-$(printf '%s %s %s' "$method" "$path" "$body" | sha256sum | cut -c1-32)")
  fi
  if [[ -n $body ]]; then
    args+=(-H "Content-Type: application/json" --data-binary "$body")
  fi
  out=$(curl "${args[@]}" "$BASE$path")
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if (( status < 200 || status > 299 )); then
    echo "$method $path → $status: $(jq -r '.message // .' <<<"$out") (requestId $(jq -r '.requestId // "-"' <<<"$out"))" >&2
    exit 1
  fi
  printf '%s' "$out"
}

status_of() { call "$CITY_CAST_TOKEN" GET "/api/applications/$1" | jq -r .status; }
version_of() { call "$1" GET "/api/applications/$2" | jq -r .version; }

# the token of the office whose step it is (ApplicationStatus.reviewer())
reviewer_token() {
  case $1 in
    COUNTY_CAST_REVIEW) echo "$COUNTY_CAST_TOKEN" ;;
    COUNTY_TALENT_RECOGNITION) echo "$COUNTY_TALENT_TOKEN" ;;
    CITY_CAST_REVIEW) echo "$CITY_CAST_TOKEN" ;;
    CITY_TALENT_REVIEW) echo "$CITY_TALENT_TOKEN" ;;
    *) return 1 ;;
  esac
}

draft() {
  jq -n --arg today "$TODAY" --argjson society "$SOCIETY_ID" --arg level "${LEVEL:-PROVINCIAL}" '{
    stationName: "衢州某某新材料学会服务站", legalRepresentative: "张三", applicationDate: $today,
    unitName: "某某新材料有限公司", address: "衢州市柯城区某某路 1 号", postcode: "324000",
    contactName: "李四", contactTitle: "办公室主任", contactMobile: "13800000000", contactEmail: "contact@example.com",
    nature: "ENTERPRISE", businessFields: ["CHEMICAL"], level: $level, societyId: $society,
    unitOverview: "单位概况……", industryOverview: "产业概况……",
    societyBranch: "", societyLegalRep: "王五", societyContact: "赵六", societyContactMobile: "13900000000",
    societyOverview: "学会概况……", purposePlan: "建站目的与工作计划……",
    agreementSignedOn: $today, cooperationYears: 3,
    responsibleName: "李四", responsiblePhone: "0570-0000000",
    officeDeclared: true, fundingDeclared: true, rulesDeclared: true,
    experts: [{name: "钱七", title: "教授", field: "新材料", organisation: "某某大学", plannedDays: 20}]
  }'
}

apply() {
  : "${APPLICANT_TOKEN:?}" "${CITY_CAST_TOKEN:?}" "${CITY_TALENT_TOKEN:?}" "${EXPERT_TOKENS:?}" "${EXPERT_IDS:?}"
  : "${SOCIETY_ID:?}" "${AGREEMENT:?}"

  # 1. the applicant: draft (201 + Location), the agreement, submission (422 lists every missing field)
  local app
  app=$(call "$APPLICANT_TOKEN" POST /api/applications "$(draft)" | jq -r .id)
  echo "draft $app"
  curl -sSf -H "Authorization: Bearer $APPLICANT_TOKEN" -F "file=@$AGREEMENT;type=application/pdf" \
       "$BASE/api/applications/$app/attachments?kind=AGREEMENT" >/dev/null
  call "$APPLICANT_TOKEN" POST "/api/applications/$app/submit?version=$(version_of "$APPLICANT_TOKEN" "$app")" >/dev/null

  # 2. the offices pass their steps (a county unit: county CAST, county talent office, city CAST; city-direct: city CAST)
  local status token
  status=$(status_of "$app")
  while token=$(reviewer_token "$status") && [[ $status != CITY_TALENT_REVIEW ]]; do
    call "$token" POST "/api/applications/$app/decisions" "$(jq -n --argjson v "$(version_of "$token" "$app")" \
        '{decision: "PASS", opinion: "同意推荐。", sealConfirmed: true, version: $v}')" >/dev/null
    echo "passed $status"
    status=$(status_of "$app")
  done

  # 3. the city CAST forms a panel; each expert scores and submits; the city CAST fixes and submits the list
  local panel experts
  experts=$(jq -nc '$ARGS.positional | map(tonumber)' --args $EXPERT_IDS)
  panel=$(call "$CITY_CAST_TOKEN" POST /api/panels "$(jq -n --argjson e "$experts" --argjson a "$app" --argjson y "$YEAR" \
      '{name: "示例评审组", year: $y, expertIds: $e, applicationIds: [$a]}')" | jq -r .id)
  local scores sheet expert
  scores=$(call "$CITY_CAST_TOKEN" GET /api/panels/policy | jq -c '[.criteria[] | {(.code): .maxPoints}] | add')
  for expert in $EXPERT_TOKENS; do
    sheet=$(call "$expert" GET "/api/panels/assignments?size=100" | jq -r --argjson a "$app" \
        '.items[] | select(.applicationId == $a) | .id')
    call "$expert" POST "/api/panels/sheets/$sheet/submit" "$(jq -n --argjson s "$scores" '{scores: $s, comment: "同意。"}')" >/dev/null
  done
  local pv
  pv=$(call "$CITY_CAST_TOKEN" GET "/api/panels/$panel" | jq -r .version)
  pv=$(call "$CITY_CAST_TOKEN" POST "/api/panels/$panel/list" "$(jq -n --argjson a "$app" --argjson v "$pv" \
      '{decisions: [{applicationId: $a, recommend: true}], sealConfirmed: true, version: $v}')" | jq -r .version)
  call "$CITY_CAST_TOKEN" POST "/api/panels/$panel/submit" "$(jq -n --argjson v "$pv" '{version: $v, sealConfirmed: true}')" >/dev/null
  echo "panel $panel recommended $app"

  # 4. the city talent office approves; the city CAST opens the public notice with its default dates
  call "$CITY_TALENT_TOKEN" POST "/api/applications/$app/decisions" "$(jq -n --argjson v "$(version_of "$CITY_TALENT_TOKEN" "$app")" \
      '{decision: "PASS", opinion: "同意。", sealConfirmed: true, version: $v}')" >/dev/null
  local defaults notice
  defaults=$(call "$CITY_CAST_TOKEN" GET /api/notices/defaults)
  notice=$(call "$CITY_CAST_TOKEN" POST /api/notices "$(jq -n --argjson d "$defaults" --argjson a "$app" --arg y "$YEAR" \
      '{title: ($y + "年度学会服务站认定公示"), number: ("衢科协公示〔" + $y + "〕1号"),
        startDate: $d.startDate, endDate: $d.endDate, applicationIds: [$a]}')" | jq -r .id)
  echo "notice $notice runs until $(jq -r .endDate <<<"$defaults"); then: $0 recognise $notice"
}

recognise() {
  : "${CITY_CAST_TOKEN:?}" "${CITY_TALENT_TOKEN:?}"
  local notice=$1 ids version
  ids=$(call "$CITY_CAST_TOKEN" GET "/api/notices/$notice" | jq -c '[.stations[].applicationId]')
  # a joint document (Art. 5(3)): the city CAST prepares it — no number yet —, the city talent office confirms it
  version=$(call "$CITY_CAST_TOKEN" POST "/api/notices/$notice/recognition" "$(jq -n --argjson a "$ids" --arg d "$TODAY" \
      '{issuedOn: $d, title: "关于认定学会服务站的通知", applicationIds: $a}')" | jq -r .version)
  call "$CITY_TALENT_TOKEN" POST "/api/notices/$notice/recognition/confirmation" "$(jq -n --argjson v "$version" \
      '{version: $v}')" | jq '{recognitionId: .id, number: .number}'
}

case ${1:-} in
  apply) apply ;;
  recognise) recognise "${2:?notice id}" ;;
  *) sed -n '2,26p' "$0"; exit 2 ;;
esac
