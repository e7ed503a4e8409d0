package dev.baton.model.request;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rollup request was refused; {@link #problems()} lists every problem found, each with its JSON
 * path.
 */
public final class RequestValidationException extends RuntimeException {

    private final List<RequestProblem> problems;

    public RequestValidationException(List<RequestProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in document order. */
    public List<RequestProblem> problems() {
        return problems;
    }

    private static String describe(List<RequestProblem> problems) {
        String header =
                problems.size() == 1
                        ? "invalid rollup request (1 problem):"
                        : "invalid rollup request (" + problems.size() + " problems):";
        return problems.stream()
                .map(p -> "  " + p)
                .collect(Collectors.joining("\n", header + "\n", ""));
    }
}
