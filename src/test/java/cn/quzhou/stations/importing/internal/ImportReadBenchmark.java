package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.shared.CreditCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.StaticMessageSource;

/**
 * Not a test (surefire never runs it): reads and checks a generated 20,000-row host-unit-shaped file with the
 * import's streaming reader and cell checks, without Spring or a database, and prints the time and the peak heap.
 * Run with -Xmx256m (bench/import.sh). Generating the file is not timed.
 */
public final class ImportReadBenchmark {

    private ImportReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        StaticMessageSource texts = new StaticMessageSource();
        Kind kind = new Kind();
        kind.columns().forEach(c -> texts.addMessage(c.headerKey(), Locale.SIMPLIFIED_CHINESE, c.key()));
        texts.addMessage(kind.titleKey(), Locale.SIMPLIFIED_CHINESE, "单位");
        byte[] file = generate(Templates.write(kind, kind.open(), texts, rows), rows);
        System.out.printf("file: %d rows, %.1f MB, max heap %d MB%n", rows, file.length / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            FileCheck.Outcome outcome = new FileCheck(kind, kind.open(), texts, rows).run(file, code -> code);
            System.out.printf("run %d: %d rows, %d problems, %d ms, heap pools' peak usage summed %d MB%n", i,
                    outcome.rows().size(), outcome.problems().size(), (System.nanoTime() - start) / 1_000_000,
                    peakHeap() / 1048576);
        }
    }

    private static byte[] generate(byte[] template, int rows) throws Exception {
        try (XSSFWorkbook base = new XSSFWorkbook(new ByteArrayInputStream(template));
             SXSSFWorkbook wb = new SXSSFWorkbook(base, 100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r < rows; r++) {
                String first17 = String.format("913308%02dMA2%06d", 10 + r % 80, r);
                List<String> v = List.of("基准单位" + r, first17 + CreditCode.checkCharacterFor(first17), "柯城区", "企业",
                        "", "化工、新能源", "", "法人" + r, "衢州市柯城区基准路 " + r + " 号", "324000");
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < v.size(); c++) {
                    row.createCell(c).setCellValue(v.get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The host-unit columns with fixed dictionaries and an in-file duplicate check (no registers). */
    private static final class Kind implements ImportKind {
        @Override
        public String code() {
            return "bench";
        }

        @Override
        public String titleKey() {
            return "bench.title";
        }

        @Override
        public String permission() {
            return "unit:manage";
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(
                    ImportColumn.required("name", "h.name", ColumnType.TEXT, 200, "示例"),
                    ImportColumn.required("creditCode", "h.code", ColumnType.CREDIT_CODE, 18, ""),
                    ImportColumn.required("jurisdiction", "h.j", ColumnType.CHOICE, 50, null),
                    ImportColumn.required("nature", "h.n", ColumnType.CHOICE, 50, null),
                    ImportColumn.optional("natureOther", "h.no", ColumnType.TEXT, 100, ""),
                    ImportColumn.required("fields", "h.f", ColumnType.CHOICES, 300, null),
                    ImportColumn.optional("fieldOther", "h.fo", ColumnType.TEXT, 100, ""),
                    ImportColumn.optional("legal", "h.l", ColumnType.TEXT, 50, ""),
                    ImportColumn.optional("address", "h.a", ColumnType.TEXT, 200, ""),
                    ImportColumn.optional("postcode", "h.p", ColumnType.POSTCODE, 6, ""));
        }

        @Override
        public Session open() {
            return new Session() {
                @Override
                public List<String> allowed(String column) {
                    return switch (column) {
                        case "jurisdiction" -> List.of("柯城区", "衢江区", "江山市", "常山县", "开化县", "龙游县", "市直");
                        case "nature" -> List.of("企业", "高校、研究院", "其他");
                        case "fields" -> List.of("化工", "新能源", "数字经济", "其他");
                        default -> List.of();
                    };
                }

                @Override
                public void check(List<ImportRow> rows, RowProblems problems) {
                    Dictionaries.duplicatesInFile(rows, "creditCode", CreditCode::normalise, problems);
                }

                @Override
                public void commit(ImportRow row, cn.quzhou.stations.shared.ImportOrigin origin) {
                    throw new UnsupportedOperationException("the benchmark reads only");
                }
            };
        }
    }
}
