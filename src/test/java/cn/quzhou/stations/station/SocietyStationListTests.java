package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The society contact's stations: the registry's list with the society as the data scope. */
class SocietyStationListTests extends PlatformTest {

    @Autowired
    SocietyFeedback feedback;

    @Autowired
    StationFixtures stations;

    @Autowired
    SocietyContacts partners;

    @Autowired
    AccessTokens tokens;

    @Test
    void theContactPagesSearchesFiltersAndExportsOnlyItsSocietysStations() throws Exception {
        SocietyContacts.Partner partner = partners.newPartner();
        String mine = "本会列表服务站" + System.nanoTime();
        String theirs = "他会列表服务站" + System.nanoTime();
        long own = stations.recognisedCityDirect(mine, partner.society());
        stations.recognisedCityDirect(theirs);

        Paged<SocietyStationView> all = as(partner.contact(), () -> feedback.page(ListRequest.of(1, 100, null, null),
                StationFilter.none()).list());
        assertThat(all.items()).extracting(SocietyStationView::id).containsExactly(own);
        assertThat(all.items().get(0).agreementSignedOn()).isNotNull();
        assertThat(as(partner.contact(), () -> feedback.page(ListRequest.of(1, 100, null, "他会列表服务站"),
                StationFilter.none()).list().total())).isZero();
        assertThat(as(partner.contact(), () -> feedback.page(ListRequest.of(1, 100, null, mine),
                new StationFilter(null, null, StationStatus.REVOKED)).list().total())).isZero();
        assertThat(as(partner.contact(), () -> feedback.page(ListRequest.of(1, 100, "name,desc", mine),
                new StationFilter(null, null, StationStatus.ACTIVE)).list().total())).isEqualTo(1);

        String html = mvc.perform(get("/society/stations").param("page", "7").param("level", "GALACTIC")
                .with(user(partner.contact()))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(mine, "list-total").doesNotContain(theirs).doesNotContain("??");
        byte[] xlsx = mvc.perform(get("/society/stations/export").with(user(partner.contact())))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum() - 2).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo(mine);
        }

        String token = ApiTokens.create(partner.contact(), tokens, "学会列表接口", null);
        String api = mvc.perform(ApiTokens.bearer(get("/api/society/stations").param("size", "5"), token))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"total\":1", mine).doesNotContain(theirs).doesNotContain("responsiblePhone");
        for (String[] bad : List.of(new String[] {"size", "0"}, new String[] {"sort", "responsiblePhone,asc"})) {
            assertThat(mvc.perform(ApiTokens.bearer(get("/api/society/stations").param(bad[0], bad[1]), token))
                    .andReturn().getResponse().getStatus()).as(bad[0]).isEqualTo(400);
        }
    }
}
