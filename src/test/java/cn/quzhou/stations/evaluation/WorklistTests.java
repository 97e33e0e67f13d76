package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worklist (self-reports waiting for the user's step) a page at a time: searched and sorted in the database,
 * within the data scope, its to-do count one statement that agrees with it.
 */
class WorklistTests extends EvaluationRouteTest {

    private static final int YEAR = TestYears.claim(2036);
    private static final int COUNT = 23;
    private static final String RUN = "待办分页" + Long.toString(System.nanoTime(), 36);

    @Autowired
    ApplicationFixtures applications;

    private static boolean opened;

    /** 23 city-direct stations due in 2036, the round opened: 23 drafts waiting for the city applicant. */
    private synchronized void openOnce() {
        today(LocalDate.of(YEAR + 1, 1, 5));
        if (!opened) {
            for (int i = 0; i < COUNT; i++) {
                fixtures.cityStation(RUN + "站" + String.format("%02d", i), YEAR);
            }
            fixtures.open(YEAR, LocalDate.of(YEAR + 1, 1, 20));
            opened = true;
        }
    }

    private Paged<ReportLine> page(PlatformUser user, int page, int size, String sort, String q) {
        return as(user, () -> reports.worklistPage(ListRequest.of(page, size, sort, q), ReportFilter.none()));
    }

    @Test
    void theDraftsPageWithoutOverlapInTheOrderAsked() {
        openOnce();
        PlatformUser unit = applications.cityApplicant();
        Paged<ReportLine> first = page(unit, 1, 5, "station,asc", RUN);
        assertThat(first.total()).isEqualTo(COUNT);
        List<String> seen = new ArrayList<>();
        for (int n = 1; n <= first.totalPages(); n++) {
            seen.addAll(page(unit, n, 5, "station,asc", RUN).items().stream().map(ReportLine::stationName).toList());
        }
        assertThat(seen).hasSize(COUNT).doesNotHaveDuplicates().isSorted();
        assertThat(page(unit, 1, 5, "station,desc", RUN).items().get(0).stationName())
                .isEqualTo(seen.get(COUNT - 1));
        assertThat(page(unit, 1, 100, null, RUN).items())
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(SelfReportStatus.DRAFT));
    }

    @Test
    void anotherUnitAndTheCitySeeNoneOfTheseDraftsAndTheCountAgreesWithTheList() {
        openOnce();
        assertThat(page(world.user(Role.APPLICANT), 1, 100, null, RUN).total()).as("another unit").isZero();
        assertThat(page(world.user(Role.CITY_CAST), 1, 100, null, RUN).total()).as("not the city's step").isZero();
        PlatformUser unit = applications.cityApplicant();
        assertThat(as(unit, () -> reports.worklistCount())).isEqualTo(page(unit, 1, 1, null, null).total())
                .isGreaterThanOrEqualTo(COUNT);
    }
}
