package dev.baton.model.request;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a request is read, so one run reports all of them rather than the first.
 */
final class Problems {

    private final List<RequestProblem> found = new ArrayList<>();

    void add(String path, String message) {
        found.add(new RequestProblem(path, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<RequestProblem> list() {
        return List.copyOf(found);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RequestValidationException(found);
        }
    }
}
