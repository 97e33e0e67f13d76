package cn.quzhou.stations.application;

import java.util.List;

/** Submission refused: every field that stops it, so the form can show them all at once. */
public class ApplicationIncompleteException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ApplicationIncompleteException(List<FieldProblem> problems) {
        super("application incomplete: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
