package cn.quzhou.stations.results.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultFilter;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.results.StationResults;
import cn.quzhou.stations.results.YearSummary;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Published results and their corrections over the API, under the same permissions and data scope as the pages. */
@ApiController
@RequestMapping("/api/evaluations/results")
@Tag(name = "results", description = "results.api.tag")
class ResultsApiController {

    private final EvaluationResults results;
    private final ResultCorrections corrections;

    ResultsApiController(EvaluationResults results, ResultCorrections corrections) {
        this.results = results;
        this.corrections = corrections;
    }

    @GetMapping
    @Operation(summary = "results.api.list")
    ApiPage<ResultView> list(@ListParameters(sort = "score,desc") ListRequest request,
                             @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) Grade grade, @RequestParam(required = false) Long jurisdiction,
                             @RequestParam(required = false) SocietyLevel level) {
        return ApiPage.of(results.page(request, new ResultFilter(year, grade, jurisdiction, level)));
    }

    @GetMapping("/years")
    @Operation(summary = "results.api.years")
    List<YearSummary> years() {
        return results.years();
    }

    @GetMapping("/{year}")
    @Operation(summary = "results.api.year")
    ApiPage<ResultView> year(@PathVariable int year, @ListParameters(sort = "score,desc") ListRequest request,
                             @RequestParam(required = false) Grade grade, @RequestParam(required = false) Long jurisdiction,
                             @RequestParam(required = false) SocietyLevel level) {
        return ApiPage.of(results.yearPage(year, request, new ResultFilter(year, grade, jurisdiction, level)));
    }

    @GetMapping(path = "/{year}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "results.api.document")
    ResponseEntity<Resource> document(@PathVariable int year) {
        return FileDownloads.pdf("考核结果-" + year, results.documentPdf(year));
    }

    @GetMapping("/stations/{stationId}")
    @Operation(summary = "results.api.station")
    StationResults station(@PathVariable long stationId) {
        return results.history(stationId);
    }

    @PostMapping("/stations/{stationId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "results.api.propose")
    CorrectionView propose(@PathVariable long stationId, @Valid @RequestBody CorrectionCommand command) {
        return corrections.propose(stationId, command);
    }

    @PostMapping("/corrections/{id}/approve")
    @Operation(summary = "results.api.approve")
    ResultView approve(@PathVariable long id) {
        return corrections.approve(id);
    }

    @PostMapping("/corrections/{id}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "results.api.reject")
    void reject(@PathVariable long id, @Valid @RequestBody DecisionNote note) {
        corrections.reject(id, note);
    }
}
