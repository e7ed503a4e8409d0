package dev.baton.agent.sequencer;

import dev.baton.client.auction.BatchSource;
import dev.baton.client.auction.ScheduledSlot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Batch hashes from the rollup node's HTTP endpoint: {@code GET URL?epoch=E&slot=S} answers 200
 * with the hash ({@code 0x} and 64 hex digits) for that slot, or 204/404 while it has none ({@link
 * BatchNotReadyException}). The slot is in the request so that asking again after a restart gets
 * the same batch, not the one after it.
 */
public final class HttpBatchSource implements BatchSource {
    private final URI endpoint;
    private final HttpClient http;
    private final Duration timeout;

    public HttpBatchSource(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public byte[] batchFor(ScheduledSlot slot) {
        String separator = endpoint.getQuery() == null ? "?" : "&";
        URI uri =
                URI.create(endpoint + separator + "epoch=" + slot.epoch() + "&slot=" + slot.slot());
        HttpResponse<String> response;
        try {
            response =
                    http.send(
                            HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("batch source " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatchNotReadyException("batch source " + uri + ": interrupted");
        }
        if (response.statusCode() == 204 || response.statusCode() == 404) {
            throw new BatchNotReadyException(
                    "batch source " + uri + ": no batch yet (" + response.statusCode() + ")");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "batch source " + uri + ": HTTP " + response.statusCode());
        }
        byte[] hash = BatchHashes.parse(response.body());
        if (hash == null) {
            throw new IllegalStateException(
                    "batch source " + uri + ": the answer is not a 0x-prefixed 32-byte hash");
        }
        return hash;
    }
}
