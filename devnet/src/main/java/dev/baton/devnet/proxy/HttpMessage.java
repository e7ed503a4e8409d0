package dev.baton.devnet.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The little HTTP/1.1 the proxy needs: read one request's body (Content-Length), write one JSON
 * answer.
 */
final class HttpMessage {
    private HttpMessage() {}

    /** The next request's body on a kept-alive connection, or null when the client closed it. */
    static byte[] readRequestBody(InputStream in) throws IOException {
        String line = readLine(in);
        while (line != null && line.isEmpty()) {
            line = readLine(in);
        }
        if (line == null) {
            return null;
        }
        int length = 0;
        while (!(line = readLine(in)).isEmpty()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return in.readNBytes(length);
    }

    static void writeJson(OutputStream out, int status, byte[] body) throws IOException {
        String head =
                "HTTP/1.1 "
                        + status
                        + (status == 200 ? " OK" : " Error")
                        + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: "
                        + body.length
                        + "\r\nConnection: keep-alive\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
