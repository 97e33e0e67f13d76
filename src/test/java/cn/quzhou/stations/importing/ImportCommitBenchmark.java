package cn.quzhou.stations.importing;

import cn.quzhou.stations.StationsApplication;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.StatementCounter;
import cn.quzhou.stations.testsupport.TestPlatformConfiguration;
import cn.quzhou.stations.testsupport.World;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test (surefire never runs it): commits N host units and N stations with their 2021–2025 history (five results
 * and two payments each) through the import's facade into the scratch database named by SPRING_DATASOURCE_URL (its
 * schema is cleaned and migrated first, as for the tests), file by file of at most 20,000 rows, and prints each file's
 * upload (read and check) and commit time and the heap's peak. Run by bench/import-commit.sh.
 */
public final class ImportCommitBenchmark {

    private static final int MAX_ROWS = 20_000;

    private ImportCommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int stations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StationsApplication.class,
                TestPlatformConfiguration.class).profiles("test").run("--server.port=0",
                "--platform.evaluation.deadline-cron=-", "--platform.revocation.no-progress-cron=-",
                "--platform.funding.reconciliation-cron=-", "--platform.reminders.cron=-",
                "--platform.audit.anchor-cron=-")) {
            World world = context.getBean(World.class).ensure();
            Imports imports = context.getBean(Imports.class);
            HistoryWorkbooks books = new HistoryWorkbooks(imports, () -> world.user(Role.CITY_CAST));
            HistoryWorkbooks.Plan plan = new HistoryWorkbooks.Plan("基准", stations);
            System.out.printf("%d stations, max heap %d MB%n", stations, Runtime.getRuntime().maxMemory() / 1048576);
            long start = System.nanoTime();
            run(imports, world, HistoryWorkbooks.KIND_UNITS, books.unitsRows(plan));
            run(imports, world, HistoryWorkbooks.KIND_SOCIETIES, books.societiesRows(plan));
            run(imports, world, HistoryWorkbooks.KIND_STATIONS, books.stationsRows(plan));
            run(imports, world, HistoryWorkbooks.KIND_RESULTS, books.resultsRows(plan));
            run(imports, world, HistoryWorkbooks.KIND_GRANTS, books.grantsRows(plan));
            System.out.printf("total %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    /** The rows in files of at most 20,000 (the import's limit), each uploaded and committed, both timed. */
    private static void run(Imports imports, World world, String kind, List<List<Object>> rows) throws Exception {
        PlatformUser cast = world.user(Role.CITY_CAST);
        byte[] template = PlatformUser.runAs(cast, () -> imports.template(kind).content());
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            byte[] file = write(template, rows.subList(from, Math.min(rows.size(), from + MAX_ROWS)));
            resetPeaks();
            long t0 = System.nanoTime();
            long id = PlatformUser.runAs(cast, () -> imports.upload(kind, kind + ".xlsx", file));
            long t1 = System.nanoTime();
            ImportBatchView[] committed = new ImportBatchView[1];
            List<String> statements = StatementCounter.record(
                    () -> committed[0] = PlatformUser.runAs(cast, () -> imports.commit(id)));
            ImportBatchView done = committed[0];
            long t2 = System.nanoTime();
            System.out.printf("%-18s rows %6d  %s  upload %6d ms  commit %7d ms  heap peak %d MB  statements %d%n",
                    kind, done.rowCount(), done.state(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    peakHeap() / 1048576, statements.size());
            printCommonest(statements);
            if (done.state() != ImportState.COMMITTED) {
                throw new IllegalStateException(kind + " not committed");
            }
        }
    }

    private static byte[] write(byte[] template, List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook base = new XSSFWorkbook(new ByteArrayInputStream(template));
             SXSSFWorkbook wb = new SXSSFWorkbook(base, 100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(values.get(c).toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    /** The statements a commit ran most often: where its round trips go (issue #15). */
    private static void printCommonest(List<String> statements) {
        statements.stream().collect(java.util.stream.Collectors.groupingBy(
                        sql -> sql.replaceAll("\\s+", " ").strip(), java.util.stream.Collectors.counting()))
                .entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("    %7d  %.110s%n", e.getValue(), e.getKey()));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
