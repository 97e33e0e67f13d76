package cn.quzhou.stations.importing;

/** A kind's template: its file name (Chinese, as the template is) and the workbook. */
public record ImportTemplate(String fileName, byte[] content) {
}
