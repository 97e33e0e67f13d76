package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A list's address, typed by anyone: pages take the nearest valid value, the API answers 400 naming the parameter. */
class ListQueryTests {

    private static final SortKeys SORTS = SortKeys.of("s.id", "recognisedOn,desc", "recognisedOn", "s.recognised_on",
            "name", "s.name");

    @ParameterizedTest(name = "page={0} size={1} sort={2} → page {3}, size {4}, {5}")
    @CsvSource(nullValues = "null", value = {
            "null,   null,   null,            1,     20,  'recognisedOn,desc'",
            "2,      50,     'name,asc',      2,     50,  'name,asc'",
            "-3,     100000, 'name,desc',     1,     100, 'name,desc'",
            "abc,    0,      'password,asc',  1,     1,   'recognisedOn,desc'",
            "999999, 7,      'name;drop',     10000, 7,   'recognisedOn,desc'",
            "1,      20,     'name,sideways', 1,     20,  'recognisedOn,desc'"})
    void aPageTakesTheNearestValidValue(String page, String size, String sort, int expectedPage, int expectedSize,
                                        String expectedSort) {
        ListQuery query = new ListRequest(page, size, sort, null, null, false).resolve(SORTS);

        assertThat(query.page()).isEqualTo(expectedPage);
        assertThat(query.size()).isEqualTo(expectedSize);
        assertThat(query.sortParameter()).isEqualTo(expectedSort);
    }

    @ParameterizedTest(name = "{0}={1} → 400 at {0}")
    @CsvSource({"page, -1", "page, x", "size, 100000", "size, 0", "sort, password", "sort, 'name,sideways'",
            "after, -5"})
    void theApiRefusesAnInvalidValueNamingItsParameter(String parameter, String value) {
        ListRequest request = new ListRequest(parameter.equals("page") ? value : null,
                parameter.equals("size") ? value : null, parameter.equals("sort") ? value : null, null,
                parameter.equals("after") ? value : null, true);

        assertThatThrownBy(() -> request.resolve(SORTS)).isInstanceOf(BadRequestException.class)
                .extracting(e -> ((BadRequestException) e).field()).isEqualTo(parameter);
    }

    @Test
    void aKeywordIsCleanedOfControlCharactersAndCutToItsLengthOnAPage() {
        ListQuery query = new ListRequest(null, null, null, " 江山\u0000示范 " + "长".repeat(10_000), null, false)
                .resolve(SORTS);

        assertThat(query.q()).startsWith("江山示范").doesNotContain("\u0000");
        assertThat(query.q().codePointCount(0, query.q().length())).isEqualTo(ListQuery.MAX_KEYWORD);
    }

    @Test
    void theApiRefusesAKeywordThatIsTooLongOrHoldsANul() {
        assertThatThrownBy(() -> new ListRequest(null, null, null, "长".repeat(101), null, true).resolve(SORTS))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> new ListRequest(null, null, null, "a\u0000", null, true).resolve(SORTS))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aKeywordsWildcardsAreTakenLiterally() {
        ListQuery query = new ListRequest(null, null, null, "50%_\\", null, false).resolve(SORTS);

        assertThat(query.containing()).isEqualTo("%50\\%\\_\\\\%");
    }

    @Test
    void everyOrderEndsWithTheUniqueTieBreakerInTheSameDirection() {
        ListQuery query = new ListRequest(null, null, "name,desc", null, null, false).resolve(SORTS);

        assertThat(SORTS.orderBy(query)).isEqualTo("s.name desc, s.id desc");
    }

    @ParameterizedTest(name = "page {0} of size {1}, {2} rows, strict={3} → page {4}")
    @CsvSource({"9,  10, 45, false, 5", "5,  10, 45, false, 5", "6,  10, 50, false, 5", "3,  10, 0,  false, 3",
            "9,  10, 45, true,  9", "1,  20, 1,  false, 1"})
    void aPageBeyondTheLastIsTheLastOnAPageAndStaysEmptyOnTheApi(int page, int size, long total, boolean strict,
                                                                int expected) {
        ListQuery query = new ListRequest(String.valueOf(page), String.valueOf(size), null, null, null, strict)
                .resolve(SORTS);

        assertThat(query.within(total).page()).isEqualTo(expected);
    }
}
