package cn.quzhou.stations.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellChecksTests {

    @ParameterizedTest(name = "{0} column, value \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            TEXT        | ''                          | import.error.required
            TEXT        | 一二三四五六                 | import.error.tooLong
            TEXT        | 一二三                       | -
            CHOICE      | 企业                         | -
            CHOICE      | 国企                         | import.error.notAllowed
            CHOICES     | 企业、其他                   | -
            CHOICES     | 企业、航天                   | import.error.notAllowed
            CREDIT_CODE | 91330802MA2D8K7L0W           | import.error.creditCodeCheck
            CREDIT_CODE | 12345                        | import.error.creditCodeFormat
            PHONE       | 13312345678                  | -
            PHONE       | 0570-8012345                 | -
            PHONE       | 1331234                      | import.error.phone
            EMAIL       | a@example.org                | -
            EMAIL       | a.example.org                | import.error.email
            DATE        | 2026-01-31                   | -
            DATE        | 2026/1/31                    | -
            DATE        | 46053                        | -
            DATE        | 2026-02-30                   | import.error.date
            DATE        | 明年                         | import.error.date
            POSTCODE    | 324000                       | -
            POSTCODE    | 32400                        | import.error.postcode
            USERNAME    | zhang.san                    | -
            USERNAME    | 张三                          | import.error.username
            """)
    void aCellIsCheckedAgainstItsColumn(ColumnType type, String value, String problem) {
        int max = type == ColumnType.TEXT ? 5 : 64;
        ImportColumn column = ImportColumn.required("c", "import.column.unit.name", type, max, null);
        assertThat(CellChecks.check(column, value, List.of("企业", "其他")).map(CellChecks.Refusal::key).orElse(null))
                .isEqualTo(problem);
    }

    @org.junit.jupiter.api.Test
    void aWrongCheckCharacterNamesTheRightOne() {
        String first17 = "91330802MA2D8K7L0";
        char right = cn.quzhou.stations.shared.CreditCode.checkCharacterFor(first17);
        char wrong = right == '0' ? '1' : '0';
        ImportColumn column = ImportColumn.required("c", "h", ColumnType.CREDIT_CODE, 18, null);
        assertThat(CellChecks.check(column, first17 + wrong, List.of()).orElseThrow().args())
                .containsExactly(String.valueOf(right));
    }
}
