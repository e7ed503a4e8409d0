package dev.baton.agent.sequencer;

import dev.baton.agent.config.BadConfigValue;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The {@code batches} block: where the agent gets the batch hash to publish in each of its slots,
 * exactly one of
 *
 * <pre>
 * batches:
 *   directory: batches/              # the rollup node writes one file per slot (see DirectoryBatchSource), or
 *   http: http://127.0.0.1:8600/next # GET ?epoch=E&amp;slot=S answers the batch hash (see HttpBatchSource)
 * </pre>
 */
public record BatchSourceConfig(String directory, String http) {
    public BatchSourceConfig {
        if ((directory == null) == (http == null)) {
            throw new BadConfigValue(
                    directory == null ? "batches" : "http",
                    "give exactly one of 'directory' and 'http'");
        }
        if (directory != null && directory.isBlank()) {
            throw new BadConfigValue("directory", "must not be blank");
        }
        if (http != null) {
            try {
                URI uri = new URI(http);
                boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                if (!web || uri.getHost() == null) {
                    throw new BadConfigValue(
                            "http", "'" + http + "' is not an http(s) URL with a host");
                }
            } catch (URISyntaxException e) {
                throw new BadConfigValue("http", "'" + http + "' is not a URL: " + e.getReason());
            }
        }
    }
}
