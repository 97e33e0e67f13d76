package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.organisation.JurisdictionKind;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Art. 11: 市本级 pays for city-direct units, each county (or new-city committee, which acts like a county) for its
 * own. Names of jurisdictions for the pages, looked up once per call.
 */
@Component
public class Payers {

    public static final String CITY_BUDGET = "市本级";

    private final Jurisdictions jurisdictions;

    Payers(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** Whether the station's jurisdiction is paid for by the city budget. */
    public boolean cityPays(long jurisdictionId) {
        return jurisdictions.get(jurisdictionId).kind() == JurisdictionKind.CITY_DIRECT;
    }

    public Map<Long, String> names() {
        return jurisdictions.list().stream().collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
    }

    /** The payer as printed: 市本级, or the county's name with 财政 (e.g. 江山市财政). */
    public static String label(String payerKind, String countyName) {
        return "CITY".equals(payerKind) ? CITY_BUDGET : countyName + "财政";
    }
}
