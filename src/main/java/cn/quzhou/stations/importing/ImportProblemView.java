package cn.quzhou.stations.importing;

/** 第{row}行 第{column}列（{header}）：the message of {@code key} with {@code args}. */
public record ImportProblemView(int row, String column, String header, String key, Object[] args) {
}
