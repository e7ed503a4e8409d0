package dev.baton.signer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a keystore password comes from. The password is read on demand and never stored in a field
 * or printed.
 */
public sealed interface PasswordSource {
    String read();

    /** The first line of a file (trailing newline ignored). */
    static PasswordSource file(Path path) {
        return new FromFile(path);
    }

    /** An environment variable, by name. */
    static PasswordSource environment(String variable) {
        return new FromEnvironment(variable, System.getenv());
    }

    record FromFile(Path path) implements PasswordSource {
        @Override
        public String read() {
            try {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                int newline = text.indexOf('\n');
                String line = newline < 0 ? text : text.substring(0, newline);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read password file " + path, e);
            }
        }
    }

    record FromEnvironment(String variable, Map<String, String> environment)
            implements PasswordSource {
        @Override
        public String read() {
            String value = environment.get(variable);
            if (value == null) {
                throw new IllegalArgumentException(
                        "password environment variable " + variable + " is not set");
            }
            return value;
        }

        @Override
        public String toString() {
            return "FromEnvironment[variable=" + variable + "]";
        }
    }
}
