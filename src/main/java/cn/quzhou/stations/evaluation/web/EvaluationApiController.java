package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.evaluation.AdjustmentCommand;
import cn.quzhou.stations.evaluation.Assignment;
import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.InspectionCommand;
import cn.quzhou.stations.evaluation.JudgementCommand;
import cn.quzhou.stations.evaluation.MeetingCommand;
import cn.quzhou.stations.evaluation.OpenRoundCommand;
import cn.quzhou.stations.evaluation.ParticipantLine;
import cn.quzhou.stations.evaluation.PreviewView;
import cn.quzhou.stations.evaluation.PublishedResult;
import cn.quzhou.stations.evaluation.ReportSheet;
import cn.quzhou.stations.evaluation.ReportFilter;
import cn.quzhou.stations.evaluation.ReportLine;
import cn.quzhou.stations.evaluation.SelfReportStatus;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import org.springframework.web.bind.annotation.RequestParam;

import cn.quzhou.stations.evaluation.RoundView;
import cn.quzhou.stations.evaluation.RouteCommand;
import cn.quzhou.stations.evaluation.SelfReportCommand;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.evaluation.TieCommand;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The evaluation route over the API: every action of the pages, under the same permissions and data scope. */
@ApiController
@RequestMapping("/api/evaluations")
@Tag(name = "evaluations", description = "api.tag.evaluations")
class EvaluationApiController {

    private final EvaluationRounds rounds;
    private final SelfReports reports;
    private final EvaluationScoring scoring;
    private final cn.quzhou.stations.evaluation.LineNotes notes;

    EvaluationApiController(EvaluationRounds rounds, SelfReports reports, EvaluationScoring scoring,
                            cn.quzhou.stations.evaluation.LineNotes notes) {
        this.rounds = rounds;
        this.reports = reports;
        this.scoring = scoring;
        this.notes = notes;
    }

    /** Every explanation of the sheet in the caller's language (issue #13: the key stays as {@code noteKey}). */
    private ReportSheet explained(ReportSheet sheet) {
        return notes.explained(sheet, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** The version the caller saw, for steps without other input. */
    record VersionRequest(@NotNull Integer version) {
    }

    /** The self-report and the version it was read at. */
    record DraftRequest(@jakarta.validation.constraints.Size(max = 10000) String summary, java.util.Set<String> parts,
                        @jakarta.validation.constraints.Size(max = 40) String reach, java.math.BigDecimal coverage,
                        @NotNull Integer version) {
    }

    record ExpertsRequest(@NotNull @jakarta.validation.constraints.Size(max = 50, message = "{input.error.tooMany}")
                          List<Long> expertIds) {
    }

    @GetMapping
    @Operation(summary = "api.op.evaluations.list")
    List<RoundView> list() {
        return rounds.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.evaluations.open")
    RoundView open(@Valid @RequestBody OpenRoundCommand command) {
        return rounds.open(command);
    }

    @GetMapping("/{year}")
    @Operation(summary = "api.op.evaluations.get")
    RoundView get(@PathVariable int year) {
        return rounds.get(year);
    }

    @GetMapping("/{year}/participants")
    @Operation(summary = "api.op.evaluations.participants")
    ApiPage<ParticipantLine> participants(@PathVariable int year,
                                          @ListParameters(sort = "station,asc") ListRequest request,
                                          @RequestParam(required = false) SelfReportStatus status,
                                          @RequestParam(required = false) Long jurisdiction) {
        return ApiPage.of(rounds.participantsPage(year, request, new ReportFilter(null, status, jurisdiction)));
    }

    @GetMapping("/{year}/preview")
    @Operation(summary = "api.op.evaluations.preview")
    PreviewView preview(@PathVariable int year) {
        return rounds.preview(year);
    }

    @PostMapping("/{year}/tie")
    @Operation(summary = "api.op.evaluations.tie")
    PreviewView tie(@PathVariable int year, @Valid @RequestBody TieCommand command) {
        return rounds.decideTie(year, command);
    }

    @PostMapping("/{year}/decision")
    @Operation(summary = "api.op.evaluations.decision")
    RoundView decision(@PathVariable int year, @Valid @RequestBody MeetingCommand command) {
        return rounds.recordDecision(year, command);
    }

    @PostMapping("/{year}/report-to-talent")
    @Operation(summary = "api.op.evaluations.report")
    RoundView reportToTalent(@PathVariable int year, @Valid @RequestBody VersionRequest request) {
        return rounds.reportToTalentOffice(year, request.version());
    }

    @PostMapping("/{year}/talent-decision")
    @Operation(summary = "api.op.evaluations.talent")
    RoundView talentDecision(@PathVariable int year, @Valid @RequestBody RouteCommand command) {
        return rounds.talentDecision(year, command);
    }

    @PostMapping("/{year}/publish")
    @Operation(summary = "api.op.evaluations.publish")
    RoundView publish(@PathVariable int year, @Valid @RequestBody VersionRequest request) {
        return rounds.publish(year, request.version());
    }

    @PostMapping("/{year}/experts")
    @Operation(summary = "api.op.evaluations.experts")
    List<String> assign(@PathVariable int year, @Valid @RequestBody ExpertsRequest request) {
        return scoring.assignExperts(year, request.expertIds());
    }

    @GetMapping("/reports")
    @Operation(summary = "api.op.evaluations.worklist")
    ApiPage<ReportLine> worklist(@ListParameters(sort = "station,asc") ListRequest request,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) SelfReportStatus status,
                                 @RequestParam(required = false) Long jurisdiction) {
        return ApiPage.of(reports.worklistPage(request, new ReportFilter(year, status, jurisdiction)));
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "api.op.evaluations.sheet")
    ReportSheet sheet(@PathVariable long id) {
        return explained(reports.sheet(id));
    }

    @PutMapping("/reports/{id}")
    @Operation(summary = "api.op.evaluations.draft")
    ReportSheet draft(@PathVariable long id, @Valid @RequestBody DraftRequest r) {
        return explained(reports.draftAnswered(id, new SelfReportCommand(r.summary(), r.parts(), r.reach(), r.coverage()), r.version()));
    }

    @PostMapping("/reports/{id}/submit")
    @Operation(summary = "api.op.evaluations.submit")
    ReportSheet submit(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        return explained(reports.submitAnswered(id, request.version()));
    }

    @PostMapping("/reports/{id}/county-check")
    @Operation(summary = "api.op.evaluations.countyCheck")
    ReportSheet countyCheck(@PathVariable long id, @Valid @RequestBody RouteCommand command) {
        return explained(reports.countyCheckAnswered(id, command));
    }

    @PostMapping("/reports/{id}/county-forward")
    @Operation(summary = "api.op.evaluations.countyForward")
    ReportSheet countyForward(@PathVariable long id, @Valid @RequestBody RouteCommand command) {
        return explained(reports.countyForwardAnswered(id, command));
    }

    @PostMapping("/reports/{id}/city-decision")
    @Operation(summary = "api.op.evaluations.cityDecision")
    ReportSheet cityDecision(@PathVariable long id, @Valid @RequestBody RouteCommand command) {
        return explained(reports.cityDecisionAnswered(id, command));
    }

    @PostMapping("/reports/{id}/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.evaluations.inspection")
    ReportSheet inspect(@PathVariable long id, @Valid @RequestBody InspectionCommand command) {
        scoring.inspect(id, command, null, null);
        return explained(reports.sheet(id));
    }

    @PostMapping("/reports/{id}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.evaluations.adjustment")
    ReportSheet adjust(@PathVariable long id, @Valid @RequestBody AdjustmentCommand command) {
        return explained(scoring.adjust(id, command));
    }

    @GetMapping("/reports/{id}/result")
    @Operation(summary = "api.op.evaluations.result")
    PublishedResult result(@PathVariable long id) {
        return rounds.result(id).orElseThrow(() -> new NotFoundException("evaluation result", id));
    }

    @GetMapping("/assignments")
    @Operation(summary = "api.op.evaluations.assignments")
    List<Assignment> assignments() {
        return scoring.myAssignments();
    }

    @PostMapping("/reports/{id}/judgement")
    @Operation(summary = "api.op.evaluations.judge")
    void judge(@PathVariable long id, @Valid @RequestBody JudgementCommand command) {
        scoring.judge(id, command);
    }

    @PostMapping("/reports/{id}/conflict")
    @Operation(summary = "api.op.evaluations.conflict")
    void conflict(@PathVariable long id, @Valid @RequestBody ConflictRequest request) {
        scoring.declareConflict(id, request.reason());
    }

    record ConflictRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500)
                           String reason) {
    }
}
