package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RequestValidationException;
import dev.baton.model.request.RollupRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a request file for a command; any problem is a configuration error (exit 2) listing every
 * problem.
 */
final class RequestFiles {

    private RequestFiles() {}

    static RollupRequest read(Path file, DeploymentManifest manifest) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot read request file " + file + ": " + e.getMessage(), e);
        }
        try {
            return RollupRequest.parse(json, manifest);
        } catch (RequestValidationException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }
}
