package dev.baton.model.request;

import java.util.Objects;

/**
 * An entry of JSON {@code allowed_tokens}: {@code {"sym": "ALT"}}.
 *
 * @param sym the token symbol, resolved to an address through the deployment manifest
 */
public record AllowedToken(String sym) {

    public AllowedToken {
        Objects.requireNonNull(sym, "sym");
    }
}
