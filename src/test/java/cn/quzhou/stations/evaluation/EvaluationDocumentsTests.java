package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.evaluation.scoring.Evidence;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.Level;
import cn.quzhou.stations.evaluation.scoring.Quzhou2021;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import cn.quzhou.stations.evaluation.scoring.ScoringEngine;
import cn.quzhou.stations.evaluation.scoring.StationYear;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The filled 绩效考核表 as a PDF laid out like appendix 2, and the year's results streamed to Excel. */
class EvaluationDocumentsTests extends PlatformTest {

    private static final int YEAR = 2023;

    @Autowired
    EvaluationDocuments documents;

    private static LocalDate day(int d) {
        return LocalDate.ofYearDay(YEAR, d);
    }

    private static ScoreSheet scoredYear() {
        StationYear year = StationYear.of(7, YEAR)
                .declare("A1.1", "OFFICE", "STAFF")
                .declare("A1.2", "RULES", "FUNDS_PROPER", "DATABASES")
                .declare("A2.1", "COVERS_80")
                .declare("A2.2", "CONTENT", "AGREEMENT_PLAN")
                .declare("A2.3", "CITY")
                .measure("B1.1", "35")
                .evidence(Evidence.of(11, EvidenceKind.REPORT_WITH_ADVICE, day(40)))
                .evidence(Evidence.of(12, EvidenceKind.REPORT_WITH_ADVICE, day(80)))
                .evidence(Evidence.of(13, EvidenceKind.ADOPTION_OR_INSTRUCTION, day(90)))
                .evidence(Evidence.attended(14, EvidenceKind.CONFERENCE, day(120), 60))
                .evidence(Evidence.attended(15, EvidenceKind.SALON_OR_SEMINAR, day(150), 40))
                .evidence(Evidence.of(16, EvidenceKind.TECHNICAL_PROBLEM_SOLVED, day(200)))
                .evidence(Evidence.levelled(17, EvidenceKind.AWARD, day(210), Level.PROVINCIAL))
                .evidence(Evidence.levelled(18, EvidenceKind.MEDIA_REPORT, day(220), Level.CITY))
                .evidence(Evidence.of(19, EvidenceKind.GROUP_STANDARD, LocalDate.of(YEAR - 1, 12, 30)))
                .measure("C4", "3")
                .adjust("B1.3", new BigDecimal("-5"), "沙龙无签到表，经复核不予计分")
                .build();
        return new ScoringEngine(Quzhou2021.VERSION).score(year);
    }

    @Test
    void theSheetPdfShowsTheAppendixTableWithItemScoresSubtotalsTotalAndExplanations() throws Exception {
        ScoreSheet sheet = scoredYear();
        byte[] bytes = documents.sheetPdf(new StationSheet("衢州<b>氟硅</b>学会服务站", "衢州测试新材料有限公司", YEAR,
                "衢市科协〔2021〕24号", sheet, Grade.QUALIFIED));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getSignatureDictionaries()).as("an official PDF, signed by the platform").hasSize(1);
            BufferedImage page1 = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Path out = Path.of("target", "screenshots", "evaluation-sheet.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(page1, "png", out.toFile());
            if (pdf.getNumberOfPages() > 1) {
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(1, 100), "png",
                        Path.of("target", "screenshots", "evaluation-sheet-2.png").toFile());
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertThat(text).contains("衢州市学会服务站绩效考核表", "衢州<b>氟硅</b>学会服务站", "衢州测试新材料有限公司",
                    "一级指标", "二级指标", "三级指标", "考核说明", "考核分",
                    "服务站建设基本情况（35分）", "服务站运行情况（45分）", "服务站成果产出情况（20分）",
                    "基础建设（20分）", "运行管理（15分）", "活动开展（25分）", "创新人才培养（20分）",
                    "设施保障（10分）", "合计", "合格");
            assertThat(text).contains("得分" + plain(sheet.subtotal("A").orElseThrow().points()),
                    "得分" + plain(sheet.subtotal("B1").orElseThrow().points()));
            assertThat(text).as("the total after 合计").contains("合计" + plain(sheet.total()));
            assertThat(text).as("explanations: evidence, rule, cap, adjustment, ignored evidence")
                    .contains("计分说明", "佐证#11", "超出本项上限", "评审调整", "沙龙无签到表，经复核不予计分",
                            "未计分的佐证", "不在考核年度2023年内");
        }
        assertThat(sheet.points("B1.2")).isEqualByComparingTo("10");
        assertThat(sheet.item("B1.2").cappedAway()).isEqualByComparingTo("5");
    }

    @Test
    void theResultsWorkbookHasAChineseHeaderAndNumericTotalsAndKeepsMarkupAsText() throws Exception {
        ScoreSheet sheet = scoredYear();
        List<ResultRow> rows = List.of(
                new ResultRow("<b>衢州</b>学会服务站", "=HYPERLINK(\"x\")", "柯城区", SocietyLevel.NATIONAL,
                        sheet.total(), sheet.level1(), Grade.QUALIFIED, "evaluation.grading.reason.outsideExcellentShare",
                        List.of(2, 1, 17)),
                new ResultRow("江山学会服务站", "江山单位", "江山市", SocietyLevel.PROVINCIAL, new BigDecimal("55.5"),
                        sheet.level1(), Grade.UNQUALIFIED, "evaluation.grading.reason.belowPassLine",
                        List.of(new BigDecimal("55.5"), new BigDecimal("60"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.resultsExcel(YEAR, rows, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("2023年度考核结果");
            List<String> header = new ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("服务站名称", "建站单位", "所属地区", "级别", "总分",
                    "服务站建设基本情况（35分）", "服务站运行情况（45分）", "服务站成果产出情况（20分）", "考核结果", "结果依据");
            Row first = s.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("<b>衢州</b>学会服务站");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("全国学会");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(sheet.total().doubleValue());
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(sheet.level1().get(0).points().doubleValue());
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("合格");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("排名第 2，在优秀名额 1 个以外（参评基数 17）");
            Row second = s.getRow(2);
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(55.5);
            assertThat(second.getCell(9).getStringCellValue()).isEqualTo("得分 55.5，低于 60 分（第十七条）");
        }
    }

    @Test
    void manyRowsAreStreamedThroughASmallWindowNotHeldInMemory() throws Exception {
        ScoreSheet sheet = scoredYear();
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new ResultRow("服务站" + i, "单位" + i, "衢江区", SocietyLevel.PROVINCIAL,
                    BigDecimal.valueOf(i % 100), sheet.level1(), Grade.QUALIFIED, null, null));
        }
        long started = System.nanoTime();
        try (SXSSFWorkbook workbook = documents.workbook()) {
            documents.fill(workbook, YEAR, rows);
            SXSSFSheet s = workbook.getSheetAt(0);
            assertThat(s.getRow(1) == null).as("early rows are flushed to disk").isTrue();
            assertThat(s.getRow(2_000 - EvaluationDocuments.ROW_WINDOW + 1) != null).as("the last window is in memory")
                    .isTrue();
            assertThat(s.getLastFlushedRowNum()).isGreaterThanOrEqualTo(2_000 - EvaluationDocuments.ROW_WINDOW);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.resultsExcel(YEAR, rows, out);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2_000);
            assertThat(book.getSheetAt(0).getRow(2_000).getCell(0).getStringCellValue()).isEqualTo("服务站1999");
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
