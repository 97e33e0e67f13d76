package cn.quzhou.stations.demo;

import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import java.util.List;

/**
 * Who is in the demo programme: 24 stations recognised in four yearly batches (2022–2025) across the counties, the two
 * new-city committees and the city-direct units, and the applications of the open year. Units and societies named
 * here that the account demo data already holds (江山示范新材料, 衢州市示范产业研究院, 柯城示范数字科技园, 中国化工学会)
 * are used as they are.
 */
final class DemoCatalogue {

    static final SocietyLevel NAT = SocietyLevel.NATIONAL;
    static final SocietyLevel PROV = SocietyLevel.PROVINCIAL;

    /** A host unit and the account that acts for it ({@code code17} null: the unit exists already). */
    record Unit(String username, String name, String jurisdiction, String code17, UnitNature nature, BusinessField field) {

        /** The text the forms ask for beside 其他 (the catalogue's only "other" fields are green ones). */
        String fieldOther() {
            return field == BusinessField.OTHER ? "节能环保与生态" : null;
        }
    }

    /** A station of the programme: its batch year, unit and partner society; {@code city} a city-direct unit. */
    record Entry(int batch, Unit unit, String society, SocietyLevel level) {

        String stationName() {
            return unit.jurisdiction().equals("市直") ? society + "衢州服务站" : society + "衢州（" + place() + "）服务站";
        }

        private String place() {
            return unit.jurisdiction().replace("衢州", "").replaceAll("[区市县]$", "");
        }
    }

    static final Unit JS = new Unit("applicant-js", "江山示范新材料科技有限公司", "江山市", null, null, null);
    static final Unit CITY = new Unit("applicant-city", "衢州市示范产业研究院", "市直", null, null, null);
    static final Unit KC = new Unit("unit-kc", "柯城示范数字科技园", "柯城区", null, null, null);
    static final Unit QJ1 = unit("unit-qj1", "衢江演示精细化工有限公司", "衢江区", "91330803MA2DM0101", UnitNature.ENTERPRISE, BusinessField.CHEMICAL);
    static final Unit LY1 = unit("unit-ly1", "龙游演示新材料有限公司", "龙游县", "91330825MA2DM0102", UnitNature.ENTERPRISE, BusinessField.NEW_ENERGY);
    static final Unit KH1 = unit("unit-kh1", "开化演示生态农业科技有限公司", "开化县", "91330824MA2DM0103", UnitNature.ENTERPRISE, BusinessField.LIFE_HEALTH);
    static final Unit LY2 = unit("unit-ly2", "龙游演示特种纸业有限公司", "龙游县", "91330825MA2DM0104", UnitNature.ENTERPRISE, BusinessField.SPECIALTY_PAPER);
    static final Unit ZZ1 = unit("unit-zz1", "智造新城演示电气有限公司", "衢州智造新城", "91330800MA2DM0105", UnitNature.ENTERPRISE, BusinessField.EQUIPMENT);
    static final Unit CS1 = unit("unit-cs1", "常山演示生物医药有限公司", "常山县", "91330822MA2DM0106", UnitNature.ENTERPRISE, BusinessField.LIFE_HEALTH);
    static final Unit CITY2 = unit("unit-city2", "衢州演示职业技术研究院", "市直", "12330800MB1D00107", UnitNature.UNIVERSITY_INSTITUTE, BusinessField.EQUIPMENT);
    static final Unit ZH1 = unit("unit-zh1", "智慧新城演示电子科技有限公司", "衢州智慧新城", "91330800MA2DM0108", UnitNature.ENTERPRISE, BusinessField.INFORMATION_ELECTRONICS);
    static final Unit JS2 = unit("unit-js2", "江山演示装备制造有限公司", "江山市", "91330881MA2DM0109", UnitNature.ENTERPRISE, BusinessField.EQUIPMENT);
    static final Unit QJ2 = unit("unit-qj2", "衢江演示化学科技有限公司", "衢江区", "91330803MA2DM0110", UnitNature.ENTERPRISE, BusinessField.ELECTRONIC_CHEMICALS);
    static final Unit KC2 = unit("unit-kc2", "柯城演示软件园", "柯城区", "91330802MA2DM0111", UnitNature.INDUSTRIAL_PARK, BusinessField.DIGITAL_ECONOMY);
    static final Unit KH2 = unit("unit-kh2", "开化演示食品有限公司", "开化县", "91330824MA2DM0112", UnitNature.ENTERPRISE, BusinessField.LIFE_HEALTH);
    static final Unit ZZ2 = unit("unit-zz2", "智造新城演示新能源有限公司", "衢州智造新城", "91330800MA2DM0113", UnitNature.ENTERPRISE, BusinessField.NEW_ENERGY);
    static final Unit CS2 = unit("unit-cs2", "常山演示中药材研究所", "常山县", "12330822MB1D00114", UnitNature.UNIVERSITY_INSTITUTE, BusinessField.LIFE_HEALTH);
    static final Unit CITY3 = unit("unit-city3", "衢州演示生物技术研究院", "市直", "12330800MB1D00115", UnitNature.UNIVERSITY_INSTITUTE, BusinessField.LIFE_HEALTH);
    static final Unit ZZ3 = unit("unit-zz3", "智造新城演示粉体材料有限公司", "衢州智造新城", "91330800MA2DM0116", UnitNature.ENTERPRISE, BusinessField.FLUORINE_SILICON);
    static final Unit QJ3 = unit("unit-qj3", "衢江演示环保科技有限公司", "衢江区", "91330803MA2DM0117", UnitNature.ENTERPRISE, BusinessField.OTHER);
    static final Unit ZH2 = unit("unit-zh2", "智慧新城演示数字设计有限公司", "衢州智慧新城", "91330800MA2DM0118", UnitNature.ENTERPRISE, BusinessField.DIGITAL_ECONOMY);
    static final Unit KH3 = unit("unit-kh3", "开化演示林业科技有限公司", "开化县", "91330824MA2DM0119", UnitNature.ENTERPRISE, BusinessField.OTHER);
    static final Unit LY3 = unit("unit-ly3", "龙游演示能源有限公司", "龙游县", "91330825MA2DM0120", UnitNature.ENTERPRISE, BusinessField.NEW_ENERGY);
    static final Unit KC3 = unit("unit-kc3", "柯城演示智能科技有限公司", "柯城区", "91330802MA2DM0121", UnitNature.ENTERPRISE, BusinessField.DIGITAL_ECONOMY);

    /** The 24 stations, six a year; the order inside a batch is the order of the evaluation scores' tiers. */
    static final List<Entry> STATIONS = List.of(
            new Entry(2022, JS, "中国化工学会", NAT),
            new Entry(2022, CITY, "中国仪器仪表学会", NAT),
            new Entry(2022, KC, "中国电子学会", NAT),
            new Entry(2022, QJ1, "浙江省化工学会", PROV),
            new Entry(2022, LY1, "中国有色金属学会", NAT),
            new Entry(2022, KH1, "浙江省农学会", PROV),
            new Entry(2023, LY2, "中国造纸学会", NAT),
            new Entry(2023, ZZ1, "中国电工技术学会", NAT),
            new Entry(2023, CS1, "浙江省药学会", PROV),
            new Entry(2023, CITY2, "中国自动化学会", NAT),
            new Entry(2023, ZH1, "浙江省电子学会", PROV),
            new Entry(2023, JS2, "中国材料研究学会", NAT),
            new Entry(2024, QJ2, "中国化学会", NAT),
            new Entry(2024, KC2, "浙江省计算机学会", PROV),
            new Entry(2024, KH2, "中国食品科学技术学会", NAT),
            new Entry(2024, ZZ2, "中国可再生能源学会", NAT),
            new Entry(2024, CS2, "浙江省中医药学会", PROV),
            new Entry(2024, CITY3, "中国生物工程学会", NAT),
            new Entry(2025, ZZ3, "中国颗粒学会", NAT),
            new Entry(2025, QJ3, "浙江省环境科学学会", PROV),
            new Entry(2025, ZH2, "中国图学学会", NAT),
            new Entry(2025, KH3, "浙江省林学会", PROV),
            new Entry(2025, LY3, "中国能源研究会", NAT),
            new Entry(2025, KC3, "中国人工智能学会", NAT));

    /** The station revoked for two unqualified years (2023, 2024), its first grant clawed back and partly repaid. */
    static final String REVOKED = "中国有色金属学会";
    /** The station unqualified in 2022 whose rectification was reported and accepted. */
    static final String RECTIFIED = "浙江省农学会";
    /** The station unqualified in 2025 whose rectification is still open. */
    static final String RECTIFYING = "中国食品科学技术学会";

    /** The open year's applications, one at each step of the route (the two of the account demo data come beside). */
    enum Step { DRAFT, COUNTY_CAST, COUNTY_TALENT, PANEL_SCORING, CITY_TALENT, NOTICE }

    record Current(Step step, Unit unit, String society, SocietyLevel level) {

        Entry asEntry() {
            return new Entry(2026, unit, society, level);
        }
    }

    static final List<Current> CURRENT = List.of(
            new Current(Step.DRAFT, CS2, "中国园艺学会", NAT),
            new Current(Step.COUNTY_CAST, KC, "中国通信学会", NAT),
            new Current(Step.COUNTY_TALENT, JS2, "中国机械工程学会", NAT),
            new Current(Step.PANEL_SCORING, CITY2, "中国职业技术教育学会", NAT),
            new Current(Step.CITY_TALENT, CITY3, "浙江省生物医学工程学会", PROV),
            new Current(Step.NOTICE, ZZ2, "中国动力工程学会", NAT),
            new Current(Step.NOTICE, CS1, "浙江省营养学会", PROV));

    /** Every county-like jurisdiction with the suffix of its county CAST and talent office accounts (county-cast-js …). */
    static final java.util.Map<String, String> COUNTIES = java.util.Map.of("柯城区", "kc", "衢江区", "qj", "龙游县", "ly",
            "江山市", "js", "常山县", "cs", "开化县", "kh", "衢州智造新城", "zz", "衢州智慧新城", "zh");

    private DemoCatalogue() {
    }

    private static Unit unit(String username, String name, String jurisdiction, String code17, UnitNature nature,
                             BusinessField field) {
        return new Unit(username, name, jurisdiction, code17, nature, field);
    }
}
