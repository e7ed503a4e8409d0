package dev.baton.model.request;

import java.util.Objects;

/**
 * One thing wrong with a rollup request.
 *
 * @param path where, as a JSON path from the document root, e.g. {@code
 *     execution_layer_req.allowed_tokens[1].sym}
 * @param message what is wrong, quoting the bad value
 */
public record RequestProblem(String path, String message) {

    public RequestProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
