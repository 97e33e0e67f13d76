package cn.quzhou.stations.application.recognition;

/**
 * The city talent office confirms the prepared joint document: it is numbered and issued. {@code version} is the
 * version of the prepared document that was read (a stale one: 409; none: the current one).
 */
public record ConfirmRecognitionCommand(Integer version) {
}
