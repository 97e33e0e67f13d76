package cn.quzhou.stations.application;

/** A field of the application that stops submission, with the message saying why. */
public record FieldProblem(String field, String messageKey) {
}
